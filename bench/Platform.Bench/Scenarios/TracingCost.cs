using Platform.Bench.Hosting;
using Platform.Bench.Load;

namespace Platform.Bench.Scenarios;

/// <summary>One measured window: gateway reads at saturation with sampling on or off.</summary>
public sealed record TracingWindow(int Round, bool Sampled, double Throughput, long TraceExports);

/// <summary>Gateway read throughput at saturation with every trace sampled and with none, in alternating rounds.</summary>
public sealed record TracingCostResult(IReadOnlyList<TracingWindow> Windows)
{
    /// <summary>
    /// Throughput lost when every trace is recorded and exported: the median over the rounds of
    /// each round's loss, so a step in the machine's speed spoils one round, not the figure.
    /// </summary>
    public double Loss => Median(RoundLosses);

    /// <summary>Each round's loss, sampled window against the unsampled window next to it.</summary>
    public IReadOnlyList<double> RoundLosses => Windows
        .GroupBy(w => w.Round)
        .Where(r => r.Any(w => w.Sampled) && r.Any(w => !w.Sampled))
        .Select(r => 1 - (r.Single(w => w.Sampled).Throughput / r.Single(w => !w.Sampled).Throughput))
        .ToList();

    /// <summary>Whether the sink saw spans in every sampled window and none in the others.</summary>
    public bool SwitchHeld => Windows.All(w => w.Sampled ? w.TraceExports > 0 : w.TraceExports == 0);

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

/// <summary>
/// The same processes measured with sampling off and on in short windows, in turns (off on, on
/// off, ...), the switch made through the operator settings file. Measured on two platform
/// instances instead, the instances differed from each other by more than tracing costs (10–22 %,
/// either way round); measured in two long rounds, the machine's speed stepped by up to 39 %
/// between windows of the same setting.
/// </summary>
public static class TracingCost
{
    private const int Rounds = 8;
    private static readonly TimeSpan WindowWarmUp = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    public static async Task<TracingCostResult> RunAsync(BenchSettings settings, string path, BenchSubject subject, NullOtlpCollector sink, CancellationToken cancellationToken)
    {
        using var client = BenchClients.Create(subject.Platform.GatewayUrl);
        var read = GatewayCost.Read(client, path, subject.Reader);
        var windows = new List<TracingWindow>();
        var (warmUp, measure) = settings.Smoke ? (settings.WarmUp, settings.Measure) : (WindowWarmUp, Window);
        for (var round = 1; round <= (settings.Smoke ? 1 : Rounds); round++)
        {
            foreach (var sampled in round % 2 == 1 ? new[] { false, true } : [true, false])
            {
                await subject.SampleTracesAsync(sampled, cancellationToken);
                Console.Error.WriteLine($"  tracing cost: gateway at saturation, sampling {(sampled ? "on" : "off")}, round {round}");
                var exportsBefore = sink.TraceExports;
                var summary = await SaturationRun.RunAsync(read, settings.SaturationWorkers, warmUp, measure, cancellationToken);
                windows.Add(new TracingWindow(round, sampled, summary.Throughput, sink.TraceExports - exportsBefore));
            }
        }

        return new TracingCostResult(windows);
    }
}
