using Platform.Bench.Hosting;
using Platform.Bench.Load;

namespace Platform.Bench.Scenarios;

/// <summary>Gateway read throughput at saturation, untraced and traced, in alternating rounds.</summary>
public sealed record TracingCostResult(IReadOnlyList<double> Untraced, IReadOnlyList<double> Traced)
{
    /// <summary>Throughput lost when every span is recorded and exported, from the rounds' means.</summary>
    public double Loss => 1 - (Traced.Average() / Untraced.Average());
}

/// <summary>
/// Two platforms run side by side, one exporting every span and one without tracing, and are
/// measured in turns (A B, B A): measured one after the other, the second platform's figures
/// differed from the first's by more than tracing costs.
/// </summary>
public static class TracingCost
{
    private const int Rounds = 2;

    public static async Task<TracingCostResult> RunAsync(BenchSettings settings, string path, BenchSubject untraced, BenchSubject traced, CancellationToken cancellationToken)
    {
        var plain = new List<double>();
        var withSpans = new List<double>();
        for (var round = 1; round <= Rounds; round++)
        {
            // A B, then B A: a drift over the run (warming, the database growing) cancels out of the means.
            var offFirst = round % 2 == 1;
            foreach (var tracing in offFirst ? new[] { false, true } : [true, false])
            {
                var subject = tracing ? traced : untraced;
                var throughput = await SaturatedReadsAsync(settings, path, subject, $"tracing {(tracing ? "on" : "off")}, round {round}", cancellationToken);
                (tracing ? withSpans : plain).Add(throughput);
            }
        }

        return new TracingCostResult(plain, withSpans);
    }

    private static async Task<double> SaturatedReadsAsync(BenchSettings settings, string path, BenchSubject subject, string label, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"  tracing cost: gateway at saturation, {label}");
        using var client = BenchClients.Create(subject.Platform.GatewayUrl);
        var summary = await SaturationRun.RunAsync(GatewayCost.Read(client, path, subject.Reader), settings.SaturationWorkers, settings.WarmUp, settings.Measure, cancellationToken);
        return summary.Throughput;
    }
}
