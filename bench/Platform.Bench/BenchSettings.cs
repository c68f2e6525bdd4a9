namespace Platform.Bench;

/// <summary>How long and how hard each phase runs; the smoke mode only proves the harness works.</summary>
public sealed record BenchSettings(TimeSpan WarmUp, TimeSpan Measure, int SaturationWorkers, bool Smoke, string ResultsDirectory)
{
    /// <summary>Fraction of saturation at which latency is taken for the gateway comparison.</summary>
    public const double LatencyLoad = 0.30;

    public static BenchSettings Parse(string[] args, string repoRoot)
    {
        var smoke = args.Contains("--smoke");
        var outIndex = Array.IndexOf(args, "--out");
        var results = outIndex >= 0 && outIndex + 1 < args.Length ? Path.GetFullPath(args[outIndex + 1]) : Path.Combine(repoRoot, "bench", "results");
        return smoke
            ? new BenchSettings(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1), 8, true, results)
            : new BenchSettings(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10), 32, false, results);
    }
}
