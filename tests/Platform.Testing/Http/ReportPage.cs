using System.Text.RegularExpressions;

namespace Platform.Testing.Http;

/// <summary>
/// A rendered HTML report as the tests read it: the figure rows (<c>data-indicator</c>, with numerator and
/// denominator cells) and the charts embedded as PNG data URIs.
/// </summary>
public sealed partial class ReportPage(string html)
{
    public const string Missing = "uppgift saknas";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47];

    public string Html => html;

    /// <summary>Each indicator's numerator and denominator cells as the page shows them (a number, "–" or <see cref="Missing"/>).</summary>
    public IReadOnlyDictionary<string, (string Numerator, string Denominator)> Figures =>
        IndicatorRow().Matches(html).ToDictionary(m => m.Groups["id"].Value, m => (m.Groups["numerator"].Value, m.Groups["denominator"].Value));

    /// <summary>The numerator and denominator as the indicators API gives them (null where the page shows none).</summary>
    public (long? Numerator, long? Denominator) Figure(string id)
    {
        var (numerator, denominator) = Figures[id];
        return (Number(numerator), Number(denominator));
    }

    /// <summary>The count a deviation row shows.</summary>
    public int Deviations(string key) => int.Parse(DeviationRow().Matches(html).Single(m => m.Groups["key"].Value == key).Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The self-audit tables' units, and per checklist item of each the cells for the year and the year before.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, (string ThisYear, string LastYear)>> SelfAudit =>
        SelfAuditTable().Matches(html).ToDictionary(
            t => t.Groups["unit"].Value,
            t => (IReadOnlyDictionary<string, (string, string)>)SelfAuditRow().Matches(t.Groups["rows"].Value)
                .ToDictionary(r => r.Groups["item"].Value, r => (r.Groups["this"].Value, r.Groups["last"].Value)));

    /// <summary>Every chart's id and its decoded PNG bytes.</summary>
    public IReadOnlyDictionary<string, byte[]> Charts =>
        ChartImage().Matches(html).ToDictionary(m => m.Groups["id"].Value, m => Convert.FromBase64String(m.Groups["png"].Value));

    public static bool IsPng(byte[] image) => image.Length > 1000 && image.AsSpan(0, 4).SequenceEqual(PngSignature);

    private static long? Number(string cell) => long.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;

    [GeneratedRegex("""<tr data-indicator="(?<id>[a-z0-9-]+)"><td>[^<]*</td><td class="numerator">(?<numerator>[^<]*)</td><td class="denominator">(?<denominator>[^<]*)</td>""")]
    private static partial Regex IndicatorRow();

    [GeneratedRegex("""<tr data-deviations="(?<key>[a-z0-9-]+)"><td>[^<]*</td><td class="count">(?<count>\d+)</td>""")]
    private static partial Regex DeviationRow();

    [GeneratedRegex("""<table class="self-audit" data-unit="(?<unit>[^"]+)">(?<rows>.*?)</table>""", RegexOptions.Singleline)]
    private static partial Regex SelfAuditTable();

    [GeneratedRegex("""<tr data-item="(?<item>[a-z-]+)"><td>[^<]*</td><td class="value">(?<this>[^<]*)</td><td class="value">(?<last>[^<]*)</td>""")]
    private static partial Regex SelfAuditRow();

    [GeneratedRegex("""<img class="chart" id="chart-(?<id>[a-z-]+)"[^>]*src="data:image/png;base64,(?<png>[A-Za-z0-9+/=]+)">""")]
    private static partial Regex ChartImage();
}
