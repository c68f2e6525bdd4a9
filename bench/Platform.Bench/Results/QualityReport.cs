using System.Globalization;
using System.Text;
using Platform.Bench.Scenarios.Quality;

namespace Platform.Bench.Results;

/// <summary>The quality part of the run as Markdown, and its targets.</summary>
public static class QualityReport
{
    public const double ReadP95Ms = 200;

    public static IEnumerable<TargetRow> Targets(QualityResult quality)
    {
        foreach (var (name, read) in quality.Reads)
        {
            yield return new($"quality indicators p95, {name} ({quality.Cases:N0} cases)", "≤ 200 ms", Ms(read.P95), read.P95 <= ReadP95Ms && read.Failed == 0);
        }

        var backlog = quality.Backlog;
        yield return new(
            "quality projection keeps up with writes at saturation",
            "no growing backlog",
            string.Create(CultureInfo.InvariantCulture, $"{backlog.AtHalfTime} queued half-way, {backlog.AtEnd} at the end (peak {backlog.Peak}), drained in {backlog.DrainSeconds:0.0} s"),
            !backlog.Grew);
    }

    public static void Render(StringBuilder md, QualityResult quality, Action<StringBuilder, string, Load.LatencySummary> row)
    {
        md.Append('\n').Append("## Quality indicators at volume\n\n");
        md.Append("| cases | municipalities | largest | events | contributions | aggregates | database MB | history written s | rebuilt s | events rebuilt/s |\n");
        md.Append("|---|---|---|---|---|---|---|---|---|---|\n");
        md.Append(CultureInfo.InvariantCulture, $"| {quality.Cases} | {quality.Municipalities} | {quality.LargestMunicipalityCases} | {quality.Events} | {quality.Contributions} | {quality.Aggregates} | {quality.DatabaseMb} | {quality.LoadSeconds:0.0} | {quality.RebuildSeconds:0.0} | {quality.EventsRebuiltPerSecond:0} |\n");
        md.Append("\nAnswers for the largest municipality through the gateway, open loop:\n\n");
        md.Append("| query | throughput/s | p50 ms | p95 ms | p99 ms | max ms | failed |\n|---|---|---|---|---|---|---|\n");
        foreach (var (name, read) in quality.Reads)
        {
            row(md, name, read);
        }

        var backlog = quality.Backlog;
        md.Append(CultureInfo.InvariantCulture, $"\nBacklog of `quality-report-registered` and `quality-assessment-opened` while reports were written at saturation ({backlog.WritesPerSecond:0}/s): {backlog.AtHalfTime} half-way, {backlog.AtEnd} at the end, peak {backlog.Peak}; empty {backlog.DrainSeconds:0.0} s after the writes stopped.\n");
    }

    private static string Ms(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + " ms";
}
