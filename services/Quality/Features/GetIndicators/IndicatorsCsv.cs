using System.Globalization;
using System.Text;

namespace Quality.Features.GetIndicators;

/// <summary>The indicators as CSV, one row per figure and split; the columns are documented in the README.</summary>
internal static class IndicatorsCsv
{
    public const string Header = "indicator,kind,period,unit,split,key,no_data,numerator,denominator,value";

    public static string Write(IndicatorsAnswer answer)
    {
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var figure in answer.Indicators)
        {
            var splits = new[] { ("total", (IReadOnlyList<FigureSplit>)[new FigureSplit("total", figure.Numerator, figure.Denominator, figure.Value)]) }
                .Append(("gender", figure.ByGender))
                .Append(("age-band", figure.ByAgeBand))
                .Append(("gender-and-age-band", figure.ByGenderAndAgeBand))
                .Append(("category", figure.ByCategory));
            foreach (var (split, parts) in splits)
            {
                foreach (var part in parts)
                {
                    csv.AppendJoin(',', figure.Id, figure.Kind, answer.Period, Quote(answer.Unit ?? string.Empty), split, part.Key,
                            figure.NoData ? "true" : "false", Number(part.Numerator), Number(part.Denominator), Number(part.Value))
                        .Append("\r\n");
                }
            }
        }

        return csv.ToString();
    }

    private static string Number(IFormattable? value) => value?.ToString(null, CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A unit name may hold a comma or a quote (RFC 4180).</summary>
    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
