using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quality.Domain.Indicators;

namespace Quality.Data.Configurations;

internal sealed class IndicatorAggregateConfiguration : IEntityTypeConfiguration<IndicatorAggregate>
{
    public void Configure(EntityTypeBuilder<IndicatorAggregate> builder)
    {
        builder.ToTable("indicator_aggregates");
        builder.HasKey(a => new { a.TenantId, a.Indicator, a.Category, a.Month, a.Unit, a.Gender, a.AgeBand });
        builder.Property(a => a.TenantId).HasMaxLength(Lengths.Tenant);
        builder.Property(a => a.Indicator).HasMaxLength(Lengths.Indicator);
        builder.Property(a => a.Category).HasMaxLength(Lengths.Key);
        builder.Property(a => a.Unit).HasMaxLength(Lengths.Unit);
        builder.Property(a => a.Gender).HasMaxLength(Lengths.Key);
        builder.Property(a => a.AgeBand).HasMaxLength(Lengths.Key);
    }
}
