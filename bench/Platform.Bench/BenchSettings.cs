namespace Platform.Bench;

/// <summary>
/// How long and how hard each phase runs; the smoke mode only proves the harness works. The quality part loads
/// <c>QualityCases</c> cases: modest by default, <c>--cases 2000000</c> for national volume.
/// </summary>
public sealed record BenchSettings(TimeSpan PlatformWarmUp, TimeSpan WarmUp, TimeSpan Measure, int SaturationWorkers, bool Smoke, string ResultsDirectory, IReadOnlySet<string> Only, int QualityCases)
{
    /// <summary>Fraction of saturation at which latency is taken for the gateway comparison.</summary>
    public const double LatencyLoad = 0.30;

    public const string Gateway = "gateway";
    public const string Writes = "writes";
    public const string Events = "events";
    public const string Quality = "quality";

    /// <summary>Whether a part runs: all of them unless <c>--only a,b</c> names some.</summary>
    public bool Runs(string part) => Only.Count == 0 || Only.Contains(part);

    public static BenchSettings Parse(string[] args, string repoRoot)
    {
        var onlyIndex = Array.IndexOf(args, "--only");
        var only = onlyIndex >= 0 && onlyIndex + 1 < args.Length ? args[onlyIndex + 1].Split(',').ToHashSet() : [];
        var smoke = args.Contains("--smoke");
        var outIndex = Array.IndexOf(args, "--out");
        var results = outIndex >= 0 && outIndex + 1 < args.Length ? Path.GetFullPath(args[outIndex + 1]) : Path.Combine(repoRoot, "bench", "results");
        var settings = smoke
            ? new BenchSettings(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1), 8, true, results, only, 3_000)
            : new BenchSettings(TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10), 32, false, results, only, 20_000);
        return settings with
        {
            PlatformWarmUp = Seconds(args, "--platform-warm-up") ?? settings.PlatformWarmUp,
            WarmUp = Seconds(args, "--warm-up") ?? settings.WarmUp,
            Measure = Seconds(args, "--seconds") ?? settings.Measure,
            SaturationWorkers = Number(args, "--workers") is { } workers ? (int)workers : settings.SaturationWorkers,
            QualityCases = Number(args, "--cases") is { } cases ? (int)cases : settings.QualityCases,
        };
    }

    private static TimeSpan? Seconds(string[] args, string name) => Number(args, name) is { } seconds ? TimeSpan.FromSeconds(seconds) : null;

    private static double? Number(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? double.Parse(args[index + 1], System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
