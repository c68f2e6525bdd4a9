using System.Globalization;

namespace PlatformConsole.Components.Shared;

/// <summary>A <c>datetime-local</c> field's value, read as Stockholm time and sent as ISO 8601 with its offset.</summary>
internal static class LocalInstant
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>Now, as a <c>datetime-local</c> field shows it.</summary>
    public static string Now(TimeProvider time) =>
        TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>The instant, or the text as typed when it is no time, so the API names the field.</summary>
    public static string? ToIso(string? local)
    {
        if (string.IsNullOrWhiteSpace(local))
        {
            return null;
        }

        if (!DateTime.TryParse(local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return local;
        }

        var unspecified = DateTime.SpecifyKind(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToString("O", CultureInfo.InvariantCulture);
    }
}
