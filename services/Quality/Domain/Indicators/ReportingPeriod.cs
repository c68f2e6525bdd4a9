using System.Globalization;
using System.Text.RegularExpressions;

namespace Quality.Domain.Indicators;

/// <summary>
/// A month (<c>2026-11</c>), quarter (<c>2026-Q4</c>) or year (<c>2026</c>) of Europe/Stockholm local dates, or a
/// range of them (<c>2022..2026</c>, <c>2025-07..2026-Q2</c>) from the first one's start to the last one's end.
/// </summary>
internal sealed partial record ReportingPeriod(string Label, string Kind, DateOnly FirstMonth, DateOnly LastMonth)
{
    public DateOnly From => FirstMonth;

    public DateOnly To => LastMonth.AddMonths(1).AddDays(-1);

    public static ReportingPeriod? TryParse(string? text)
    {
        var parts = text?.Split("..") ?? [];
        if (parts.Length == 2 && One(parts[0]) is { } first && One(parts[1]) is { } last && first.FirstMonth <= last.LastMonth)
        {
            return new(text!, "range", first.FirstMonth, last.LastMonth);
        }

        return parts.Length == 1 ? One(text) : null;
    }

    private static ReportingPeriod? One(string? text)
    {
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true })
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100)
        {
            return null;
        }

        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            return month is < 1 or > 12 ? null : new(text!, "month", new DateOnly(year, month, 1), new DateOnly(year, month, 1));
        }

        if (match.Groups["quarter"].Success)
        {
            var first = new DateOnly(year, (int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture) - 1) * 3 + 1, 1);
            return new(text!, "quarter", first, first.AddMonths(2));
        }

        return new(text!, "year", new DateOnly(year, 1, 1), new DateOnly(year, 12, 1));
    }

    [GeneratedRegex(@"^(?<year>\d{4})(-(?<month>\d{2})|-Q(?<quarter>[1-4]))?$")]
    private static partial Regex Pattern();
}
