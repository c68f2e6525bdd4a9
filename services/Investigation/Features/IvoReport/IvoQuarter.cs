using System.Globalization;
using System.Text.RegularExpressions;

namespace Investigation.Features.IvoReport;

/// <summary>A calendar quarter, written <c>2027-Q1</c>.</summary>
internal sealed partial record IvoQuarter(int Year, int Number)
{
    public DateOnly From => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly To => From.AddMonths(3).AddDays(-1);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Number}");

    public static IvoQuarter? Parse(string? text) =>
        text is not null && Pattern().Match(text.Trim()) is { Success: true } match
            ? new IvoQuarter(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;

    [GeneratedRegex(@"^(\d{4})-Q([1-4])$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
