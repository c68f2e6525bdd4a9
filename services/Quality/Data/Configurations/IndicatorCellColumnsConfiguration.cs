using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quality.Domain.Indicators;

namespace Quality.Data.Configurations;

internal static class IndicatorCellColumnsConfiguration
{
    public static EntityTypeBuilder<TCell> HasCellColumns<TCell>(this EntityTypeBuilder<TCell> builder)
        where TCell : IndicatorCellColumns
    {
        builder.Property(c => c.TenantId).HasMaxLength(Lengths.Tenant);
        builder.Property(c => c.Indicator).HasMaxLength(Lengths.Indicator);
        builder.Property(c => c.Category).HasMaxLength(Lengths.Key);
        builder.Property(c => c.Unit).HasMaxLength(Lengths.Unit);
        builder.Property(c => c.Gender).HasMaxLength(Lengths.Key);
        builder.Property(c => c.AgeBand).HasMaxLength(Lengths.Key);
        return builder;
    }
}
