namespace Quality.Domain.Indicators;

/// <summary>
/// The monthly aggregates summed over a calendar year, kept beside them by the same upsert: a period of whole years
/// reads one row per split and year instead of twelve. <see cref="IndicatorCellColumns.Month"/> is January of the year.
/// </summary>
internal sealed class IndicatorYearAggregate : IndicatorCellColumns
{
    public long Numerator { get; init; }

    public long Denominator { get; init; }
}
