using System.Globalization;
using Platform.Contracts.Hosting;

namespace Platform.Bench.Chaos;

/// <summary>
/// How long the fault run drives the flow, how hard, and what it kills in turn. The short run (the
/// test suite's) kills the database and the broker; the full run every resource.
/// </summary>
internal sealed record ChaosSettings(double Rate, TimeSpan WarmUp, TimeSpan BetweenFaults, TimeSpan CoolDown, IReadOnlyList<string> Faults, bool Short, string ResultsDirectory)
{
    public const string Verb = "chaos";

    /// <summary>Every how many-th case goes beyond intake: protection assessment, decision, investigation.</summary>
    public const int FurtherEvery = 3;

    /// <summary>Every how many-th investigation the run opens goes on to a placement: decided, started, visited.</summary>
    public const int PlacementEvery = 2;

    public static IReadOnlyList<string> EveryResource =>
        [PlatformResources.Broker, "postgres", .. PlatformResources.Services.Select(s => s.Name), "gateway"];

    public TimeSpan Duration => WarmUp + BetweenFaults * Faults.Count + CoolDown;

    public static ChaosSettings Parse(string[] args, string repoRoot)
    {
        var isShort = args.Contains("--short");
        var outIndex = Array.IndexOf(args, "--out");
        var results = outIndex >= 0 && outIndex + 1 < args.Length ? Path.GetFullPath(args[outIndex + 1]) : Path.Combine(repoRoot, "bench", "results");
        var settings = isShort
            ? new ChaosSettings(3, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5), ["postgres", PlatformResources.Broker], true, results)
            : new ChaosSettings(4, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30), EveryResource, false, results);
        var faultsIndex = Array.IndexOf(args, "--faults");
        return settings with
        {
            Rate = Number(args, "--rate") ?? settings.Rate,
            BetweenFaults = Number(args, "--between-faults") is { } seconds ? TimeSpan.FromSeconds(seconds) : settings.BetweenFaults,
            Faults = faultsIndex >= 0 && faultsIndex + 1 < args.Length ? args[faultsIndex + 1].Split(',') : settings.Faults,
        };
    }

    private static double? Number(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? double.Parse(args[index + 1], CultureInfo.InvariantCulture) : null;
    }
}
