namespace Platform.Rules;

/// <summary>Local days in Europe/Stockholm, in which every deadline ends (DOMAIN.md §5).</summary>
public static class StockholmCalendar
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateTime LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(LocalTime(instant));

    /// <summary>The instant a local day begins, in UTC (the form PostgreSQL stores); Sweden never skips or repeats midnight.</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The end of a local day, given as the instant the next one begins: a duty done before it is in time.</summary>
    public static DateTimeOffset EndOf(DateOnly date) => StartOf(date.AddDays(1));

    /// <summary>The last local day before a deadline given as the end of a day.</summary>
    public static DateOnly LastDayBefore(DateTimeOffset endOfDay) => LocalDate(endOfDay.AddTicks(-1));
}
