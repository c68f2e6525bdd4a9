namespace Quality.Domain.Indicators;

/// <summary>
/// One indicator of DOMAIN.md §2.5: what it counts, the case it counts (the record its drill-down names), and for a
/// stock the series whose contributions start and end a case.
/// </summary>
internal sealed record IndicatorDefinition(string Id, IndicatorKind Kind, string Subject, string Description, string? StartSeries = null, string? EndSeries = null)
{
    /// <summary>The contributions this indicator sums: its own, or for a stock those that start a case.</summary>
    public string Series => StartSeries ?? Id;

    public bool HasDenominator => Kind is IndicatorKind.Share or IndicatorKind.Mean;
}
