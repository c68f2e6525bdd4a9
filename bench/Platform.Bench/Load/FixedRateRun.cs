using System.Diagnostics;

namespace Platform.Bench.Load;

/// <summary>
/// Latency at a fixed arrival rate (an open model, as wrk2 does): request i is due at
/// start + i / rate whether or not earlier ones have answered, and its latency is counted from
/// that due time, so a stall shows in the figures instead of silently slowing the sender
/// (coordinated omission). The sender is a dedicated thread that sleeps in short steps rather
/// than spinning, because on two cores a spinning sender would steal the time it measures.
/// </summary>
public static class FixedRateRun
{
    private static readonly TimeSpan FineSleep = TimeSpan.FromMicroseconds(50);

    public static async Task<LatencySummary> RunAsync(Operation operation, double rate, TimeSpan warmUp, TimeSpan measure, CancellationToken cancellationToken = default)
    {
        var interval = Stopwatch.Frequency / rate;
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + SaturationRun.Ticks(warmUp);
        var measureUntil = measureFrom + SaturationRun.Ticks(measure);
        var log = new LatencyLog(measureFrom, measureUntil);
        var inFlight = new List<Task>();

        var sender = new Thread(() =>
        {
            for (long i = 0; !cancellationToken.IsCancellationRequested; i++)
            {
                var due = start + (long)(i * interval);
                if (due >= measureUntil)
                {
                    break;
                }

                WaitUntil(due);
                inFlight.Add(SendAsync(operation, i, due, log, cancellationToken));
            }
        })
        { IsBackground = true, Name = "fixed-rate sender" };
        sender.Start();
        await Task.Run(sender.Join, cancellationToken);
        await Task.WhenAll(inFlight);
        return LatencySummary.From(rate, measure.TotalSeconds, log.Latencies, log.Failed);
    }

    private static async Task SendAsync(Operation operation, long sequence, long due, LatencyLog log, CancellationToken cancellationToken)
    {
        // Leave the sender thread at once; the request runs on the pool.
        await Task.Yield();
        var ok = await SaturationRun.Invoke(operation, sequence, cancellationToken);
        log.Record(due, Stopwatch.GetTimestamp(), ok);
    }

    private static void WaitUntil(long due)
    {
        while (true)
        {
            var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (remaining <= TimeSpan.Zero)
            {
                return;
            }

            Thread.Sleep(remaining > TimeSpan.FromMilliseconds(2) ? remaining - TimeSpan.FromMilliseconds(1) : FineSleep);
        }
    }
}
