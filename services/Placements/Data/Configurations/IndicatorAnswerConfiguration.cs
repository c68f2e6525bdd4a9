using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.BuildingBlocks.Casework;
using Placements.Domain.FollowUp;

namespace Placements.Data.Configurations;

internal sealed class IndicatorAnswerConfiguration : IEntityTypeConfiguration<IndicatorAnswer>
{
    public void Configure(EntityTypeBuilder<IndicatorAnswer> builder)
    {
        builder.ToTable("indicator_answers");
        builder.HasKey(a => new { a.DialogueId, a.Indicator });
        builder.Property(a => a.TenantId).HasMaxLength(CaseworkColumns.Tenant);
    }
}
