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
        builder.HasCellColumns();

        // An answer reads a run of months (or years) of one municipality: the key, whose month is its fourth
        // column, would have it read every row the municipality has.
        builder.HasIndex(a => new { a.TenantId, a.Month });
    }
}
