namespace Platform.Bench.Load;

/// <summary>What one load phase measured: completions, failures and the latency distribution in milliseconds.</summary>
public sealed record LatencySummary(
    double OfferedRate,
    double Throughput,
    long Completed,
    long Failed,
    double P50,
    double P95,
    double P99,
    double Max)
{
    public static LatencySummary From(double offeredRate, double seconds, IReadOnlyList<double> latencies, long failed)
    {
        var sorted = latencies.ToArray();
        Array.Sort(sorted);
        return new LatencySummary(
            offeredRate,
            sorted.Length / seconds,
            sorted.Length,
            failed,
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.95),
            Percentile(sorted, 0.99),
            sorted.Length == 0 ? double.NaN : sorted[^1]);
    }

    private static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
