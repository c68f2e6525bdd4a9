namespace Assessment.Domain.Rules;

/// <summary>Local days in Europe/Stockholm, where every day-based deadline ends (DOMAIN.md §5).</summary>
internal static class StockholmCalendar
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The instant a local day begins, in UTC (the form PostgreSQL stores).</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        // Stockholm never skips midnight, but a zone that did would begin the day at the first valid minute.
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The end of a local day: the instant the next one begins.</summary>
    public static DateTimeOffset EndOf(DateOnly date) => StartOf(date.AddDays(1));

    /// <summary>The last local day before a deadline given as the end of a day.</summary>
    public static DateOnly LastDayBefore(DateTimeOffset endOfDay) => LocalDate(endOfDay.AddTicks(-1));
}
