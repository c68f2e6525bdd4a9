using System.Globalization;
using Platform.Bench.Scenarios;

namespace Platform.Bench.Results;

/// <summary>The targets, each with the figure this run reached.</summary>
public static class Targets
{
    public const double ServiceMemoryMb = 200;

    public static IReadOnlyList<TargetRow> Evaluate(BenchRun run)
    {
        var rows = new List<TargetRow>();
        foreach (var gateway in run.Gateway)
        {
            var mode = gateway.Sampled ? "tracing on" : "tracing off";
            rows.Add(new($"gateway ÷ direct throughput, {mode}", "≥ 0.60", F(gateway.GatewayOverDirect), gateway.GatewayOverDirect >= 0.60));
            if (gateway.GatewayOverNginx is { } overNginx)
            {
                rows.Add(new($"gateway ÷ nginx throughput (keep-alive), {mode}", "≥ 0.80", F(overNginx), overNginx >= 0.80));
            }

            rows.Add(new($"gateway added latency at 30 % load, p50, {mode}", "≤ 0.2 ms", Ms(gateway.AddedP50), gateway.AddedP50 <= 0.2));
            rows.Add(new($"gateway added latency at 30 % load, p99, {mode}", "≤ 1 ms", Ms(gateway.AddedP99), gateway.AddedP99 <= 1));
        }

        if (run.Tracing is { } tracing)
        {
            // Without proof that the switch held (spans in every sampled window, none in the others) the figure means nothing.
            rows.Add(tracing.SwitchHeld
                ? new("throughput lost to tracing (100 % sampling)", "≤ 8 %", $"{tracing.Loss * 100:0.0} % (median of {tracing.RoundLosses.Count} rounds, which range from {tracing.RoundLosses.Min() * 100:0.0} to {tracing.RoundLosses.Max() * 100:0.0} %)", tracing.Loss <= 0.08)
                : new("throughput lost to tracing (100 % sampling)", "≤ 8 %", "not measured: the sampling switch did not hold", null));
        }

        if (run.IntakeWrites is { } writes)
        {
            rows.Add(new("intake writes through the gateway", "≥ 1,500 reports/s", string.Create(CultureInfo.InvariantCulture, $"{writes.Saturation.Throughput:0} reports/s ({writes.Sustained:0}/s sustained with the assessment service consuming)"), writes.Saturation.Throughput >= 1500));
        }

        foreach (var events in run.EventLatency)
        {
            var ok = events.Latency.P99 <= 50 && events.NotSeen == 0;
            var seen = events.NotSeen == 0 ? "" : $", {events.NotSeen} not seen";
            rows.Add(new(string.Create(CultureInfo.InvariantCulture, $"event latency p99 at {events.Rate:0} reports/s"), "≤ 50 ms (at ≤ 20 % load)", Ms(events.Latency.P99) + seen, ok));
        }

        if (run.Quality is { } quality)
        {
            rows.AddRange(QualityReport.Targets(quality));
        }

        foreach (var usage in run.Resources.Where(IsService))
        {
            rows.Add(new($"peak resident memory: {usage.Process}", "≤ 200 MB", string.Create(CultureInfo.InvariantCulture, $"{usage.PeakResidentMb:0} MB"), usage.PeakResidentMb <= ServiceMemoryMb));
        }

        return rows;
    }

    private static bool IsService(Hosting.ProcessUsage usage) => usage.Process is not ("postgres" or "rabbitmq" or GatewayCostResult.Nginx);

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Ms(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + " ms";
}
