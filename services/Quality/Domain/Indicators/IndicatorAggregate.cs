using Platform.BuildingBlocks.Persistence;

namespace Quality.Domain.Indicators;

/// <summary>
/// The sum of every case's contribution per indicator, category, month, unit, gender and age band: what the
/// indicator answers read, so their cost grows with the answer and not with the history. Written only by upsert.
/// </summary>
internal sealed class IndicatorAggregate : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public string Indicator { get; init; } = string.Empty;

    public string Category { get; init; } = string.Empty;

    public DateOnly Month { get; init; }

    public string Unit { get; init; } = string.Empty;

    public string Gender { get; init; } = string.Empty;

    public string AgeBand { get; init; } = string.Empty;

    public long Numerator { get; init; }

    public long Denominator { get; init; }
}
