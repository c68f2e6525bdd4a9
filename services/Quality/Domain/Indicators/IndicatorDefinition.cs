namespace Quality.Domain.Indicators;

/// <summary>
/// One indicator of DOMAIN.md §2.5: what it counts, the case it counts (the record its drill-down names), and for a
/// stock the series whose contributions start and end a case.
/// </summary>
internal sealed record IndicatorDefinition(string Id, IndicatorKind Kind, string Subject, string Description, string? StartSeries = null, string? EndSeries = null)
{
    /// <summary>The contributions this indicator sums: its own, or for a stock those that start a case.</summary>
    public string Series => StartSeries ?? Id;

    public bool HasDenominator => Kind is IndicatorKind.Share or IndicatorKind.Mean or IndicatorKind.ShareAtEnd;

    /// <summary>Counted at the period's end from every start and end up to it, rather than summed over the period's months.</summary>
    public bool IsBalance => Kind is IndicatorKind.Stock or IndicatorKind.ShareAtEnd;

    /// <summary>A share at the period's end whose starts and ends are its own two series.</summary>
    public static IndicatorDefinition AtEnd(string id, string subject, string description) =>
        new(id, IndicatorKind.ShareAtEnd, subject, description, id + "-from", id + "-until");
}
