using System.Globalization;

namespace PlatformConsole.Components.Shared;

/// <summary>Times as the municipality reads them: Europe/Stockholm, Swedish formats.</summary>
internal static class StockholmTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static string Format(DateTimeOffset? instant) =>
        instant is { } i ? Local(i).ToString("yyyy-MM-dd HH:mm", Swedish) : "–";

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Local(time.GetUtcNow()).DateTime);

    public static string Month(TimeProvider time) => Local(time.GetUtcNow()).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
