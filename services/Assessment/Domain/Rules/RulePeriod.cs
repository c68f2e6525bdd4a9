namespace Assessment.Domain.Rules;

internal enum PeriodUnit
{
    Hours,
    Days,
    Months,
}

internal sealed record RulePeriod(int Amount, PeriodUnit Unit)
{
    public static RulePeriod Days(int amount) => new(amount, PeriodUnit.Days);

    public static RulePeriod Months(int amount) => new(amount, PeriodUnit.Months);
}
