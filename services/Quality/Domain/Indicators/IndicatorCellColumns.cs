using Platform.BuildingBlocks.Persistence;

namespace Quality.Domain.Indicators;

/// <summary>Where a number is counted: the indicator, its category, the month and the split. Contributions and aggregates share it.</summary>
internal abstract class IndicatorCellColumns : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public string Indicator { get; init; } = string.Empty;

    public string Category { get; init; } = string.Empty;

    public DateOnly Month { get; init; }

    public string Unit { get; init; } = string.Empty;

    public string Gender { get; init; } = string.Empty;

    public string AgeBand { get; init; } = string.Empty;
}
