using Platform.Rules;

namespace Quality.Domain.Indicators;

/// <summary>
/// When a recurring or one-off duty was overdue, from the rule catalogue alone: due counted from the day the case
/// began, then again from each day it was done. A spell begins the local day after a due date passed and ends the
/// day the duty was done, or the case's last day.
/// </summary>
internal static class DutySchedule
{
    public static IEnumerable<OverdueSpell> OverdueSpells(string ruleId, DateTimeOffset countedFrom, IEnumerable<DateOnly> doneOn, DateOnly? endedOn)
    {
        var firstOverdueDay = StockholmCalendar.LocalDate(RuleCatalogue.Due(ruleId, countedFrom));
        var recurring = RuleCatalogue.InForce(ruleId, StockholmCalendar.LocalDate(countedFrom)).IsRecurring;
        foreach (var done in doneOn.Where(d => endedOn is null || d <= endedOn).Order())
        {
            if (done >= firstOverdueDay)
            {
                yield return new(firstOverdueDay, done);
            }

            if (!recurring)
            {
                yield break;
            }

            firstOverdueDay = StockholmCalendar.LocalDate(RuleCatalogue.DueAgain(ruleId, StockholmCalendar.StartOf(done)));
        }

        if (endedOn is null || firstOverdueDay <= endedOn)
        {
            yield return new(firstOverdueDay, endedOn);
        }
    }
}

/// <summary>The local days a duty was overdue: from <see cref="From"/> until <see cref="Until"/> (the day it was done or the case ended), open while it still is.</summary>
internal sealed record OverdueSpell(DateOnly From, DateOnly? Until);
