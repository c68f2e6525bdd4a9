namespace Platform.Rules;

/// <summary>A rule's period, counted on the local calendar; the deadline is the end of the day it reaches.</summary>
public sealed record RulePeriod(int Amount, PeriodUnit Unit)
{
    public static RulePeriod Days(int amount) => new(amount, PeriodUnit.Days);

    public static RulePeriod Weeks(int amount) => new(amount, PeriodUnit.Weeks);

    public static RulePeriod Months(int amount) => new(amount, PeriodUnit.Months);

    public static RulePeriod Years(int amount) => new(amount, PeriodUnit.Years);

    /// <summary>The local day the period reaches; a month from the 31st ends on the shorter month's last day.</summary>
    public DateOnly From(DateOnly start) => Unit switch
    {
        PeriodUnit.Days => start.AddDays(Amount),
        PeriodUnit.Weeks => start.AddDays(7 * Amount),
        PeriodUnit.Months => start.AddMonths(Amount),
        PeriodUnit.Years => start.AddYears(Amount),
        _ => throw new InvalidOperationException($"Unknown period unit {Unit}."),
    };

    /// <summary>Whether this period is no longer than <paramref name="other"/>; days and months, which have no fixed ratio, are not compared.</summary>
    public bool IsWithin(RulePeriod other)
    {
        var (mine, theirs) = (Normalised(), other.Normalised());
        return mine.Unit == theirs.Unit && mine.Amount <= theirs.Amount;
    }

    private (int Amount, PeriodUnit Unit) Normalised() => Unit switch
    {
        PeriodUnit.Weeks => (7 * Amount, PeriodUnit.Days),
        PeriodUnit.Years => (12 * Amount, PeriodUnit.Months),
        _ => (Amount, Unit),
    };
}
