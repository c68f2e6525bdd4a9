using System.Globalization;

namespace Quality.Domain.Indicators;

/// <summary>The age bands every indicator is split by: the child's age in whole years in the month counted.</summary>
internal static class AgeBands
{
    public const string Unknown = "unknown";

    public static readonly IReadOnlyList<string> All = ["0-6", "7-12", "13-17", "18-20", "21-", Unknown];

    public static string At(string? birthYearMonth, DateOnly on)
    {
        if (birthYearMonth is null
            || !DateOnly.TryParseExact(birthYearMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born))
        {
            return Unknown;
        }

        var age = (on.Year * 12 + on.Month - (born.Year * 12 + born.Month)) / 12;
        return age switch
        {
            < 0 => Unknown,
            <= 6 => "0-6",
            <= 12 => "7-12",
            <= 17 => "13-17",
            <= 20 => "18-20",
            _ => "21-",
        };
    }
}
