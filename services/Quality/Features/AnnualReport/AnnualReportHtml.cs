using System.Globalization;
using System.Net;
using System.Text;
using Platform.Rules;
using Quality.Features.GetIndicators;

namespace Quality.Features.AnnualReport;

/// <summary>
/// The kvalitetsberättelse as one self-contained HTML document: charts as PNG data URIs and a content policy that
/// lets nothing be fetched, so the browser that prints it needs no network. Every figure cell carries the
/// indicator's id, so a reader (or a test) can match it with the indicators API.
/// </summary>
internal static class AnnualReportHtml
{
    private const string Missing = "uppgift saknas";

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private static readonly (string Heading, string Text, string[] Ids)[] Sections =
    [
        ("Anmälningar och förhandsbedömningar",
            "Hur snabbt anmälningar skyddsbedöms och förhandsbedöms. Andelen inom 14 dagar räknas mot det lagstadgade datumet, aldrig mot ett förlängt.",
            ["reports-received", "protection-assessments-within-24h", "reporter-feedback-given", "assessments-opened", "assessments-within-14-days", "assessments-late", "decisions-without-delegation"]),
        ("Utredningar",
            "Utredningar ska vara klara inom fyra månader. Fördelningen av utredningstider följer Huddingemodellen (0–90, 91–123 och över 123 dagar).",
            ["investigations-opened", "investigations-ongoing", "investigations-within-4-months", "investigation-days-0-90", "investigation-days-91-123", "investigation-days-over-123", "violence-intervention-during-investigation"]),
        ("Insatser och placeringar",
            "Verkställighet av beviljade insatser, placeringar och hur placeringar har avslutats.",
            ["interventions-started-late", "interventions-ended-unexecuted", "interventions-not-executed-3-months", "placements-started", "placements-ongoing", "placement-length-days", "placements-unplanned-endings"]),
        ("Uppföljning av placerade barn",
            "Andelen pågående placeringar vid årets slut där övervägande, besök eller prövning av vårdnadsöverflyttning inte gjorts i tid.",
            ["placement-reviews-overdue", "placement-visits-overdue", "custody-transfer-considerations-overdue"]),
    ];

    public static string Write(AnnualReport report)
    {
        var html = new StringBuilder();
        var title = $"Kvalitetsberättelse {report.Year}";
        html.Append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n")
            .Append("<title>").Append(title).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(title).Append("</h1>\n")
            .Append("<p class=\"lead\">Socialnämndens kvalitetsberättelse för den sociala barn- och ungdomsvården, kalenderåret ")
            .Append(report.Year).Append(". Siffrorna kommer från verksamhetssystemets händelser och är desamma som i indikatorrapporten för perioden ")
            .Append(report.Indicators.Period).Append(". Sammanställd ")
            .Append(StockholmCalendar.LocalDate(report.AssembledAt).ToString("d MMMM yyyy", Swedish)).Append(".</p>\n")
            .Append("<p>Täljare och nämnare visas för varje indikator. Där ingenting har registrerats under året står det <em>").Append(Missing)
            .Append("</em>, aldrig en nolla som betyder okänt.</p>\n");

        foreach (var (heading, text, ids) in Sections)
        {
            html.Append("<h2>").Append(heading).Append("</h2>\n<p>").Append(text).Append("</p>\n");
            IndicatorTable(html, ids.Select(id => report.Indicators.Indicators.Single(i => i.Id == id)));
        }

        // An indicator added to the catalogue before it has a section is still reported, never silently left out.
        var placed = Sections.SelectMany(s => s.Ids).ToHashSet(StringComparer.Ordinal);
        if (report.Indicators.Indicators.Where(i => !placed.Contains(i.Id)).ToList() is { Count: > 0 } others)
        {
            html.Append("<h2>Övriga indikatorer</h2>\n");
            IndicatorTable(html, others);
        }

        Charts(html, report);
        Deviations(html, report.Deviations);
        SelfAuditSection.Write(html, report.SelfAudit, Missing);
        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void IndicatorTable(StringBuilder html, IEnumerable<IndicatorFigure> figures)
    {
        html.Append("<table class=\"indicators\">\n<thead><tr><th>Indikator</th><th>Täljare</th><th>Nämnare</th><th>Värde</th></tr></thead>\n<tbody>\n");
        foreach (var figure in figures)
        {
            html.Append("<tr data-indicator=\"").Append(figure.Id).Append("\"><td>").Append(WebUtility.HtmlEncode(SwedishIndicatorNames.Of(figure.Id))).Append("</td>");
            if (figure.NoData)
            {
                html.Append("<td class=\"numerator\">").Append(Missing).Append("</td><td class=\"denominator\">").Append(Missing)
                    .Append("</td><td class=\"value\">").Append(Missing).Append("</td></tr>\n");
                continue;
            }

            html.Append("<td class=\"numerator\">").Append(Number(figure.Numerator)).Append("</td>")
                .Append("<td class=\"denominator\">").Append(figure.Denominator is null ? "–" : Number(figure.Denominator)).Append("</td>")
                .Append("<td class=\"value\">").Append(Value(figure)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Charts(StringBuilder html, AnnualReport report)
    {
        var figures = report.Indicators.Indicators.ToDictionary(i => i.Id);
        var reports = figures["reports-received"];
        var investigationDays = new[] { ("0–90", "investigation-days-0-90"), ("91–123", "investigation-days-91-123"), ("över 123", "investigation-days-over-123") };
        var risks = Enumerable.Range(1, 16).Where(IsRisk).Select(r => (r.ToString(Swedish), (double?)report.Deviations.ByRisk.GetValueOrDefault(r))).ToList();

        html.Append("<h2>Diagram</h2>\n<p>Andelen ärenden inom lagstadgad tid per månad, könsfördelningen bland anmälningarna, utredningstidernas fördelning och årets avvikelser efter risk.</p>\n");
        Image(html, "within-deadline", "Andel inom lagstadgad tid per månad", AnnualReportCharts.WithinDeadlinePerMonth(report.Months));
        Image(html, "gender", "Anmälningar efter kön", AnnualReportCharts.Categories("Anmälningar efter kön",
            [.. new[] { ("Flickor", "female"), ("Pojkar", "male"), ("Okänt", "unknown") }.Select(g => (g.Item1, (double?)reports.ByGender.Single(s => s.Key == g.Item2).Numerator))]));
        Image(html, "investigation-days", "Utredningstider (Huddinge)", AnnualReportCharts.Categories("Avslutade utredningar efter utredningstid i dagar",
            [.. investigationDays.Select(d => (d.Item1, (double?)figures[d.Item2].Numerator))]));
        Image(html, "deviations-by-risk", "Avvikelser efter risk", AnnualReportCharts.Categories("Avvikelser efter risk (sannolikhet × konsekvens)", risks));
    }

    /// <summary>The products of two numbers from 1 to 4.</summary>
    private static bool IsRisk(int risk) => Enumerable.Range(1, 4).Any(p => risk % p == 0 && risk / p <= 4);

    private static void Image(StringBuilder html, string id, string alt, byte[] png) =>
        html.Append("<figure><img class=\"chart\" id=\"chart-").Append(id).Append("\" alt=\"").Append(alt)
            .Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(png)).Append("\"><figcaption>").Append(alt).Append("</figcaption></figure>\n");

    private static void Deviations(StringBuilder html, DeviationSummary deviations)
    {
        html.Append("<h2>Avvikelser och Lex Sarah</h2>\n<p>Avvikelser rapporterade under året, av personal eller av systemet självt vid missade lagstadgade tidsfrister och beslut utan giltig delegation. ")
            .Append("Risken är sannolikhet gånger konsekvens; över 8 är allvarlig och går till förvaltningschefen.</p>\n")
            .Append("<table class=\"deviations\">\n<thead><tr><th>Avvikelser</th><th>Antal</th></tr></thead>\n<tbody>\n");
        Row(html, "total", "Rapporterade under året", deviations.Total);
        Row(html, "serious", "Allvarliga (risk över 8)", deviations.Serious);
        Row(html, "risk-1-4", "Låg risk (1–4)", deviations.ByRisk.Where(r => r.Key <= 4).Sum(r => r.Value));
        Row(html, "risk-5-8", "Medelhög risk (5–8)", deviations.ByRisk.Where(r => r.Key is > 4 and <= 8).Sum(r => r.Value));
        Row(html, "risk-9-16", "Hög risk (9–16)", deviations.ByRisk.Where(r => r.Key > 8).Sum(r => r.Value));
        Row(html, "reported", "Rapporterade av personal", deviations.BySource.GetValueOrDefault("reported"));
        Row(html, "missed-deadline", "Missade lagstadgade tidsfrister", deviations.BySource.GetValueOrDefault("missed-deadline"));
        Row(html, "outside-delegation", "Beslut utan giltig delegation", deviations.BySource.GetValueOrDefault("outside-delegation"));
        html.Append("</tbody>\n</table>\n<p>Lex Sarah: allvarliga missförhållanden som utreds och anmäls till IVO.</p>\n")
            .Append("<table class=\"lex-sarah\">\n<thead><tr><th>Lex Sarah</th><th>Antal</th></tr></thead>\n<tbody>\n");
        Row(html, "lex-sarah", "Ärenden enligt Lex Sarah", deviations.LexSarahMatters);
        Row(html, "reported-to-ivo", "Varav anmälda till IVO", deviations.ReportedToIvo);
        html.Append("</tbody>\n</table>\n");
    }

    private static void Row(StringBuilder html, string key, string label, int count) =>
        html.Append("<tr data-deviations=\"").Append(key).Append("\"><td>").Append(label).Append("</td><td class=\"count\">")
            .Append(count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");

    private static string Number(long? number) => number?.ToString(CultureInfo.InvariantCulture) ?? Missing;

    private static string Value(IndicatorFigure figure) => (figure.Kind, figure.Value) switch
    {
        (_, null) => Missing,
        ("share", { } share) => (share * 100).ToString("0.0", Swedish) + " %",
        ("mean", { } mean) => mean.ToString("0.0", Swedish) + " dagar",
        (_, { } count) => count.ToString("0", Swedish),
    };

    private const string Style = """
        body { font-family: "DejaVu Sans", sans-serif; margin: 2em; color: #222; max-width: 60em; }
        h1 { font-size: 1.8em; } h2 { font-size: 1.3em; margin-top: 1.6em; border-bottom: 1px solid #999; }
        table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; page-break-inside: avoid; }
        th, td { border: 1px solid #bbb; padding: 0.3em 0.5em; text-align: left; }
        td.numerator, td.denominator, td.value, td.count { text-align: right; white-space: nowrap; }
        figure { margin: 1em 0; page-break-inside: avoid; } img.chart { width: 100%; max-width: 720px; }
        figcaption { font-size: 0.9em; color: #555; }
        """;
}
