namespace Quality.Domain.Indicators;

/// <summary>
/// The contributions of a share counted at a period's end (<see cref="IndicatorKind.ShareAtEnd"/>): the case adds
/// to the denominator from the day it begins to hold the duty until it ends, and to the numerator through each
/// overdue spell. Starts and ends go to the indicator's two series in their months, all in the age band of the
/// case's first day, so that a period's end sums every start less every end up to it. A start in the future is
/// stored too: its month's answer counts it once the month is asked for, with no recomputation.
/// </summary>
internal static class ShareAtEnd
{
    public static IEnumerable<Contribution> Contributions(
        CaseDimensions dimensions,
        IndicatorDefinition indicator,
        DateOnly heldFrom,
        DateOnly? heldUntil,
        IEnumerable<OverdueSpell> spells,
        string category = "")
    {
        var moves = new List<Contribution>
        {
            dimensions.On(indicator.Series, heldFrom, 0, 1, category, heldFrom),
        };
        if (heldUntil is { } until)
        {
            moves.Add(dimensions.On(indicator.EndSeries!, until, 0, 1, category, heldFrom));
        }

        foreach (var spell in spells)
        {
            moves.Add(dimensions.On(indicator.Series, spell.From, 1, 0, category, heldFrom));
            if (spell.Until is { } done)
            {
                moves.Add(dimensions.On(indicator.EndSeries!, done, 1, 0, category, heldFrom));
            }
        }

        // One row per series and month: a spell may begin in the month the case does.
        return moves.GroupBy(m => m.Key).Select(g => g.First() with { Numerator = g.Sum(m => m.Numerator), Denominator = g.Sum(m => m.Denominator) });
    }
}
