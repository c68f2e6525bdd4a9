namespace Quality.Features.GetIndicators;

/// <summary>
/// A run of months split into what the yearly aggregates answer (the whole calendar years inside it) and the months
/// left at either end, which only the monthly aggregates answer. Months are their first day.
/// </summary>
internal sealed record MonthSpan(DateOnly FirstYear, DateOnly LastYear, DateOnly[] Months)
{
    /// <summary>The months from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static MonthSpan Between(DateOnly first, DateOnly last)
    {
        var firstYear = new DateOnly(first.Month == 1 ? first.Year : first.Year + 1, 1, 1);
        var lastYear = new DateOnly(last.Month == 12 ? last.Year : last.Year - 1, 1, 1);
        if (firstYear > lastYear)
        {
            return new(DateOnly.MaxValue, DateOnly.MinValue, Run(first, last));
        }

        return new(firstYear, lastYear, [.. Run(first, firstYear.AddMonths(-1)), .. Run(lastYear.AddYears(1), last)]);
    }

    /// <summary>Every month up to <paramref name="last"/>, however far back the history goes.</summary>
    public static MonthSpan UpTo(DateOnly last)
    {
        var lastYear = new DateOnly(last.Month == 12 ? last.Year : last.Year - 1, 1, 1);
        return new(DateOnly.MinValue, lastYear, Run(lastYear.AddYears(1), last));
    }

    private static DateOnly[] Run(DateOnly first, DateOnly last)
    {
        var months = new List<DateOnly>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        return [.. months];
    }
}
