using System.Collections.Concurrent;
using System.Diagnostics;

namespace Platform.Bench.Load;

/// <summary>Collects latencies from many concurrent requests, counting only those inside the measured window.</summary>
internal sealed class LatencyLog(long measureFrom, long measureUntil)
{
    private readonly ConcurrentBag<double> latencies = [];
    private long failed;

    public IReadOnlyList<double> Latencies => [.. latencies];

    public long Failed => Interlocked.Read(ref failed);

    public void Record(long startedAt, long completedAt, bool succeeded)
    {
        if (startedAt < measureFrom || startedAt >= measureUntil)
        {
            return;
        }

        if (succeeded)
        {
            latencies.Add(Stopwatch.GetElapsedTime(startedAt, completedAt).TotalMilliseconds);
        }
        else
        {
            Interlocked.Increment(ref failed);
        }
    }
}
