namespace Intake.Domain.Rules;

/// <summary>A rule's period: hours count elapsed time, the others end with a local calendar day.</summary>
internal sealed record RulePeriod(int Amount, PeriodUnit Unit)
{
    public static RulePeriod Hours(int amount) => new(amount, PeriodUnit.Hours);

    public static RulePeriod Days(int amount) => new(amount, PeriodUnit.Days);

    public static RulePeriod Months(int amount) => new(amount, PeriodUnit.Months);
}
