using System.Diagnostics;

namespace Platform.Bench.Load;

/// <summary>
/// Throughput at saturation: a fixed number of workers each send the next request as soon as the
/// last one answers (a closed model), which is the right tool for "how much can it take" and the
/// wrong one for latency.
/// </summary>
public static class SaturationRun
{
    public static async Task<LatencySummary> RunAsync(Operation operation, int workers, TimeSpan warmUp, TimeSpan measure, CancellationToken cancellationToken = default)
    {
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + Ticks(warmUp);
        var measureUntil = measureFrom + Ticks(measure);
        var log = new LatencyLog(measureFrom, measureUntil);
        long sequence = 0;

        async Task WorkAsync()
        {
            while (Stopwatch.GetTimestamp() < measureUntil && !cancellationToken.IsCancellationRequested)
            {
                var sentAt = Stopwatch.GetTimestamp();
                var ok = await Invoke(operation, Interlocked.Increment(ref sequence), cancellationToken);
                log.Record(sentAt, Stopwatch.GetTimestamp(), ok);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync, cancellationToken)));
        return LatencySummary.From(double.NaN, measure.TotalSeconds, log.Latencies, log.Failed);
    }

    internal static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    internal static async Task<bool> Invoke(Operation operation, long sequence, CancellationToken cancellationToken)
    {
        try
        {
            return await operation(sequence, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return false;
        }
    }
}
