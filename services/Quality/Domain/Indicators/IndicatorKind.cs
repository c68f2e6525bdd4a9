namespace Quality.Domain.Indicators;

/// <summary>How an indicator's numerator and denominator make its value.</summary>
internal enum IndicatorKind
{
    /// <summary>Cases counted in the period; no denominator.</summary>
    Count,

    /// <summary>Numerator over denominator, both counted in the period.</summary>
    Share,

    /// <summary>A sum over a count (days over placements ended), both counted in the period.</summary>
    Mean,

    /// <summary>Cases open at the end of the period: every start up to then less every end up to then.</summary>
    Stock,

    /// <summary>
    /// Cases in a state at the end of the period (a duty overdue) over the cases that could be in it then (holding
    /// the duty): both balanced from starts and ends up to the period's end, as a stock is.
    /// </summary>
    ShareAtEnd,
}
