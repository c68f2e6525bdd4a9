using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quality.Domain.Indicators;

namespace Quality.Data.Configurations;

internal sealed class IndicatorContributionConfiguration : IEntityTypeConfiguration<IndicatorContribution>
{
    public void Configure(EntityTypeBuilder<IndicatorContribution> builder)
    {
        builder.ToTable("indicator_contributions");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.HasCellColumns().Property(c => c.Subject).HasMaxLength(Lengths.Key);
        builder.HasIndex(c => new { c.CaseId, c.Subject }, "ix_indicator_contributions_case");
        builder.HasIndex(c => new { c.TenantId, c.Indicator, c.Month }, "ix_indicator_contributions_indicator");
    }
}
