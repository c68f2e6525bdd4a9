namespace Assessment.Domain.Rules;

/// <summary>
/// Hour-based periods count elapsed hours; day- and month-based periods end at the end of the
/// local day the period reaches (DOMAIN.md §5), so a report received late in the evening gets the
/// same deadline as one received that morning.
/// </summary>
internal static class Deadlines
{
    public static DateTimeOffset Due(RulePeriod period, DateTimeOffset from) => period.Unit switch
    {
        PeriodUnit.Hours => from.ToUniversalTime().AddHours(period.Amount),
        PeriodUnit.Days => StockholmCalendar.EndOf(StockholmCalendar.LocalDate(from).AddDays(period.Amount)),
        PeriodUnit.Months => StockholmCalendar.EndOf(StockholmCalendar.LocalDate(from).AddMonths(period.Amount)),
        _ => throw new ArgumentOutOfRangeException(nameof(period)),
    };

    public static DateTimeOffset Due(RuleDefinition rule, DateTimeOffset from) => Due(rule.Period, from);
}
