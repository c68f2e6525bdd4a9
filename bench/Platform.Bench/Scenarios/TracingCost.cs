using Platform.Bench.Hosting;
using Platform.Bench.Load;

namespace Platform.Bench.Scenarios;

/// <summary>One measured window: gateway reads at saturation with sampling on or off.</summary>
public sealed record TracingWindow(int Round, bool Sampled, double Throughput, long TraceExports);

/// <summary>Gateway read throughput at saturation with every trace sampled and with none, in alternating rounds.</summary>
public sealed record TracingCostResult(IReadOnlyList<TracingWindow> Windows)
{
    /// <summary>Throughput lost when every trace is recorded and exported, from the rounds' means.</summary>
    public double Loss => 1 - (Mean(sampled: true) / Mean(sampled: false));

    /// <summary>
    /// The widest spread between windows of the same setting, relative to their mean: a loss
    /// smaller than this cannot be told from the machine's own variation.
    /// </summary>
    public double Spread => new[] { false, true }
        .Select(sampled => Windows.Where(w => w.Sampled == sampled).Select(w => w.Throughput).ToList())
        .Where(t => t.Count > 1)
        .Select(t => (t.Max() - t.Min()) / t.Average())
        .DefaultIfEmpty(0)
        .Max();

    /// <summary>Whether the sink saw spans in every sampled window and none in the others.</summary>
    public bool SwitchHeld => Windows.All(w => w.Sampled ? w.TraceExports > 0 : w.TraceExports == 0);

    private double Mean(bool sampled) => Windows.Where(w => w.Sampled == sampled).Average(w => w.Throughput);
}

/// <summary>
/// The same processes measured with sampling off and on, in turns (off on, on off), the switch made
/// through the operator settings file. Measured on two platform instances instead, the instances
/// differed from each other by more than tracing costs (10–22 %, either way round).
/// </summary>
public static class TracingCost
{
    // Off on, on off, off on, on off: four switches, and a drift over the phase cancels out of the means.
    private const int Rounds = 4;

    public static async Task<TracingCostResult> RunAsync(BenchSettings settings, string path, BenchSubject subject, NullOtlpCollector sink, CancellationToken cancellationToken)
    {
        using var client = BenchClients.Create(subject.Platform.GatewayUrl);
        var read = GatewayCost.Read(client, path, subject.Reader);
        var windows = new List<TracingWindow>();
        for (var round = 1; round <= (settings.Smoke ? 1 : Rounds); round++)
        {
            foreach (var sampled in round % 2 == 1 ? new[] { false, true } : [true, false])
            {
                if (subject.Platform.Sampling.IsOn != sampled)
                {
                    await subject.Platform.Sampling.SetAsync(sampled, token => read(0, token), cancellationToken);
                }

                Console.Error.WriteLine($"  tracing cost: gateway at saturation, sampling {(sampled ? "on" : "off")}, round {round}");
                var exportsBefore = sink.TraceExports;
                var summary = await SaturationRun.RunAsync(read, settings.SaturationWorkers, settings.WarmUp, settings.Measure, cancellationToken);
                windows.Add(new TracingWindow(round, sampled, summary.Throughput, sink.TraceExports - exportsBefore));
            }
        }

        return new TracingCostResult(windows);
    }
}
