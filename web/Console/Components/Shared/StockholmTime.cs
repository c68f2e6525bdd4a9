using System.Globalization;
using Platform.Rules;

namespace PlatformConsole.Components.Shared;

/// <summary>Times as the municipality reads them: Europe/Stockholm, Swedish formats.</summary>
internal static class StockholmTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static string Format(DateTimeOffset? instant) =>
        instant is { } i ? Local(i).ToString("yyyy-MM-dd HH:mm", Swedish) : "–";

    /// <summary>
    /// A deadline as people read it. The rule catalogue ends most deadlines at the end of a local day, given as
    /// the instant the next day begins: that is shown as its last day, never as 00:00 of the day after.
    /// </summary>
    public static string Deadline(DateTimeOffset? dueAt) => dueAt switch
    {
        null => "–",
        { } due when Local(due).TimeOfDay == TimeSpan.Zero => LastDay(due).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ", dagens slut",
        { } due => Format(due),
    };

    /// <summary>The last local day on which a deadline can still be met.</summary>
    public static DateOnly LastDay(DateTimeOffset dueAt) => StockholmCalendar.LastDayBefore(dueAt);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Local(time.GetUtcNow()).DateTime);

    public static string Month(TimeProvider time) => Local(time.GetUtcNow()).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
