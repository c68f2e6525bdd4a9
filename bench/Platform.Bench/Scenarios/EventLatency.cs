using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using Platform.Bench.Hosting;
using Platform.Bench.Load;

namespace Platform.Bench.Scenarios;

/// <summary>At one arrival rate: from intake's 201 to the assessment being open in the assessment service.</summary>
public sealed record EventLatencyResult(double Rate, LatencySummary Registration, LatencySummary Latency, long NotSeen);

public static class EventLatency
{
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(10);

    public static async Task<IReadOnlyList<EventLatencyResult>> RunAsync(
        BenchSettings settings,
        BenchPlatform platform,
        IReadOnlyList<AuthenticationHeaderValue> tokens,
        IEnumerable<double> rates,
        CancellationToken cancellationToken)
    {
        await using var probe = await AssessmentOpenedProbe.StartAsync(platform.AmqpUri, cancellationToken);
        using var client = BenchClients.Create(platform.GatewayUrl);
        var results = new List<EventLatencyResult>();
        foreach (var rate in rates)
        {
            await platform.SettleAsync(cancellationToken);
            Console.Error.WriteLine($"  event latency: {rate:0} reports/s");
            var createdAt = new ConcurrentDictionary<Guid, long>();
            var register = IntakeWrites.Register(client, tokens, id => createdAt[id] = Stopwatch.GetTimestamp());
            var registration = await FixedRateRun.RunAsync(register, rate, settings.WarmUp, settings.Measure, cancellationToken);
            await WaitForAllAsync(probe, createdAt.Keys, cancellationToken);
            var latencies = createdAt
                .Where(c => probe.OpenedAt.ContainsKey(c.Key))
                .Select(c => Stopwatch.GetElapsedTime(c.Value, probe.OpenedAt[c.Key]).TotalMilliseconds)
                .ToList();
            var seconds = createdAt.Count / rate;
            results.Add(new EventLatencyResult(
                rate,
                registration,
                LatencySummary.From(rate, seconds, latencies, 0),
                createdAt.Count - latencies.Count));
        }

        return results;
    }

    private static async Task WaitForAllAsync(AssessmentOpenedProbe probe, ICollection<Guid> reports, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + Drain;
        while (DateTime.UtcNow < until && reports.Any(r => !probe.OpenedAt.ContainsKey(r)))
        {
            await Task.Delay(100, cancellationToken);
        }
    }
}
