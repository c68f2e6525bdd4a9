namespace Quality.Domain.Indicators;

/// <summary>
/// The sum of every case's contribution per indicator, category, month, unit, gender and age band: what the
/// indicator answers read, so their cost grows with the answer and not with the history. Written only by upsert.
/// </summary>
internal sealed class IndicatorAggregate : IndicatorCellColumns
{
    public long Numerator { get; init; }

    public long Denominator { get; init; }
}
