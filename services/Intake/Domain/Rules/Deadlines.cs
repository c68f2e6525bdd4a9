namespace Intake.Domain.Rules;

/// <summary>Deadline arithmetic (DOMAIN.md §5).</summary>
internal static class Deadlines
{
    /// <summary>When the rule in force at <paramref name="from"/> says the duty is due.</summary>
    public static DateTimeOffset DueAt(string ruleId, DateTimeOffset from) =>
        DueAt(RuleCatalogue.InForce(ruleId, StockholmTime.DateOf(from)), from);

    /// <summary>
    /// Hours are elapsed time, so a day with a daylight-saving change still gets 24 real hours.
    /// Longer periods end at the end of the local day reached, returned as the instant the next
    /// local day begins; a duty is late only after that instant.
    /// </summary>
    public static DateTimeOffset DueAt(DeadlineRule rule, DateTimeOffset from)
    {
        var period = rule.Period;
        if (period.Unit == PeriodUnit.Hours)
        {
            return from.ToUniversalTime().AddHours(period.Amount);
        }

        var start = StockholmTime.DateOf(from);
        var lastDay = period.Unit switch
        {
            PeriodUnit.Days => start.AddDays(period.Amount),
            PeriodUnit.Weeks => start.AddDays(7 * period.Amount),
            PeriodUnit.Months => start.AddMonths(period.Amount),
            PeriodUnit.Years => start.AddYears(period.Amount),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), period.Unit, "Unknown period unit."),
        };
        return StockholmTime.StartOf(lastDay.AddDays(1));
    }

    public static bool IsOverdue(DateTimeOffset dueAt, DateTimeOffset now) => now > dueAt;
}
