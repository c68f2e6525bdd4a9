using System.Globalization;
using ScottPlot;

namespace Quality.Features.AnnualReport;

/// <summary>The report's four charts as PNG images, drawn by ScottPlot; a chart whose figures are missing says so in its title.</summary>
internal static class AnnualReportCharts
{
    private const int Width = 720;
    private const int Height = 360;

    private static readonly string[] MonthNames = CultureInfo.GetCultureInfo("sv-SE").DateTimeFormat.AbbreviatedMonthNames[..12];

    public static byte[] WithinDeadlinePerMonth(IReadOnlyList<MonthlyShares> months)
    {
        var plot = NewPlot("Andel inom lagstadgad tid per månad (%)");
        AddSeries(plot, months.Select(m => (m.Month, m.AssessmentsWithin14Days)), -0.2, Colors.SteelBlue, "Förhandsbedömningar inom 14 dagar");
        AddSeries(plot, months.Select(m => (m.Month, m.InvestigationsWithin4Months)), 0.2, Colors.DarkOrange, "Utredningar inom 4 månader");
        plot.Axes.Bottom.SetTicks([.. months.Select(m => (double)m.Month)], [.. months.Select(m => MonthNames[m.Month - 1])]);
        plot.Axes.SetLimitsY(0, 105);
        plot.ShowLegend(Alignment.LowerRight);
        return Png(plot);
    }

    public static byte[] Categories(string title, IReadOnlyList<(string Label, double? Value)> parts)
    {
        var hasData = parts.Any(p => p.Value is not null);
        var plot = NewPlot(hasData ? title : title + " – uppgift saknas");
        var bars = parts.Select((p, i) => (p, i)).Where(x => x.p.Value is not null)
            .Select(x => new Bar { Position = x.i + 1, Value = x.p.Value!.Value, FillColor = Colors.SteelBlue, Label = x.p.Value.Value.ToString("0.#", CultureInfo.GetCultureInfo("sv-SE")) });
        var series = plot.Add.Bars(bars.ToList());
        series.ValueLabelStyle.FontSize = 14;
        plot.Axes.Bottom.SetTicks([.. parts.Select((_, i) => (double)i + 1)], [.. parts.Select(p => p.Label)]);
        plot.Axes.Margins(bottom: 0, top: 0.15);
        if (!hasData)
        {
            plot.Axes.SetLimits(0.5, parts.Count + 0.5, 0, 1);
        }

        return Png(plot);
    }

    private static void AddSeries(Plot plot, IEnumerable<(int Month, decimal? Share)> shares, double offset, Color color, string legend)
    {
        var bars = shares.Where(s => s.Share is not null)
            .Select(s => new Bar { Position = s.Month + offset, Value = (double)s.Share!.Value * 100, Size = 0.4, FillColor = color })
            .ToList();
        var series = plot.Add.Bars(bars);
        series.LegendText = legend;
        series.Color = color;
    }

    private static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.Font.Set("DejaVu Sans");
        return plot;
    }

    private static byte[] Png(Plot plot) => plot.GetImageBytes(Width, Height, ImageFormat.Png);
}
