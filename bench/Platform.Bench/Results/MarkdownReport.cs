using System.Text;
using Platform.Bench.Load;
using Platform.Bench.Scenarios;

namespace Platform.Bench.Results;

/// <summary>The run as Markdown: the targets first, then the figures behind them.</summary>
public static class MarkdownReport
{
    public static string Render(BenchRun run)
    {
        var md = new StringBuilder();
        Line(md, $"# Benchmark {run.StartedAt:yyyy-MM-dd HH:mm} UTC{(run.Smoke ? " (smoke: too short to mean anything)" : "")}");
        Line(md, "");
        Line(md, run.Machine);
        Line(md, "");
        Line(md, "| measure | target | result | met |");
        Line(md, "|---|---|---|---|");
        foreach (var row in Targets.Evaluate(run))
        {
            Line(md, $"| {row.Measure} | {row.Target} | {row.Result} | {row.Met switch { true => "yes", false => "**no**", null => "?" }} |");
        }

        if (run.Tracing is { } tracing)
        {
            Line(md, "");
            Line(md, "## Tracing cost: gateway reads at saturation, the same processes with trace sampling off and on, in turns");
            Line(md, "");
            Line(md, "| round | sampling | throughput/s | trace exports received by the sink |");
            Line(md, "|---|---|---|---|");
            foreach (var window in tracing.Windows)
            {
                Line(md, $"| {window.Round} | {(window.Sampled ? "on (every trace, OTLP)" : "off")} | {window.Throughput:0} | {window.TraceExports} |");
            }

            Line(md, "");
            Line(md, $"OTLP export requests received by the sink in the whole run (traces, metrics, logs): {run.OtlpExports}.");
        }

        foreach (var gateway in run.Gateway)
        {
            GatewayTable(md, gateway);
        }

        if (run.IntakeWrites is { } writes)
        {
            Line(md, "");
            Line(md, "## Intake writes through the gateway (`POST /api/intake/reports`)");
            Line(md, "");
            SummaryHeader(md, "phase");
            SummaryRow(md, "saturation", writes.Saturation);
            foreach (var rate in writes.AtFixedRates)
            {
                SummaryRow(md, $"{rate.OfferedRate:0}/s", rate);
            }

            Line(md, "");
            Line(md, $"Sustained, counting the time the assessment service took to consume the saturation phase's reports: {writes.Sustained:0} reports/s. Event latency is taken at up to a fifth of this.");
        }

        Line(md, "");
        Line(md, "## Event latency: intake's 201 → assessment opened");
        Line(md, "");
        Line(md, "| rate | registration p50 | registration p99 | event p50 | event p95 | event p99 | max | not seen |");
        Line(md, "|---|---|---|---|---|---|---|---|");
        foreach (var e in run.EventLatency)
        {
            Line(md, $"| {e.Rate:0}/s | {e.Registration.P50:0.00} | {e.Registration.P99:0.00} | {e.Latency.P50:0.00} | {e.Latency.P95:0.00} | {e.Latency.P99:0.00} | {e.Latency.Max:0.00} | {e.NotSeen} |");
        }

        if (run.Quality is { } quality)
        {
            QualityReport.Render(md, quality, SummaryRow);
        }

        Line(md, "");
        Line(md, "## Resources while the gateway, write, event and quality phases ran");
        Line(md, "");
        Line(md, "| process | peak resident MB | CPU seconds |");
        Line(md, "|---|---|---|");
        foreach (var usage in run.Resources)
        {
            Line(md, $"| {usage.Process} | {usage.PeakResidentMb:0} | {usage.CpuSeconds:0.0} |");
        }

        return md.ToString();
    }

    private static void GatewayTable(StringBuilder md, GatewayCostResult result)
    {
        Line(md, "");
        Line(md, $"## Gateway cost, trace sampling {(result.Sampled ? "on" : "off")}: `GET {result.Path}`");
        Line(md, "");
        SummaryHeader(md, "path, phase");
        foreach (var (name, summary) in result.Saturation)
        {
            SummaryRow(md, $"{name}, saturation", summary);
        }

        foreach (var (name, summary) in result.AtFixedRate)
        {
            SummaryRow(md, $"{name}, {summary.OfferedRate:0}/s", summary);
        }

        Line(md, "");
    }

    private static void SummaryHeader(StringBuilder md, string first)
    {
        Line(md, $"| {first} | throughput/s | p50 ms | p95 ms | p99 ms | max ms | failed |");
        Line(md, "|---|---|---|---|---|---|---|");
    }

    private static void SummaryRow(StringBuilder md, string label, LatencySummary s) =>
        Line(md, $"| {label} | {s.Throughput:0} | {s.P50:0.00} | {s.P95:0.00} | {s.P99:0.00} | {s.Max:0.00} | {s.Failed} |");

    private static void Line(StringBuilder md, string text) => md.Append(text).Append('\n');
}
