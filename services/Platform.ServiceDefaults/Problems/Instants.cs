using System.Globalization;

namespace Platform.ServiceDefaults.Problems;

/// <summary>Times in requests: ISO 8601 with an offset, so a caller's local time is never guessed.</summary>
public static class Instants
{
    public const string Expected = "An ISO 8601 time with an offset, e.g. 2026-11-24T09:30:00+01:00.";

    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text)
            || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            || parsed.Kind == DateTimeKind.Unspecified)
        {
            return false;
        }

        // PostgreSQL keeps microseconds; cut here so an answer never differs from what is read back.
        instant = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).ToUniversalTime();
        instant = instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerMicrosecond));
        return true;
    }

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
