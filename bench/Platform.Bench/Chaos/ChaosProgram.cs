using System.Globalization;

namespace Platform.Bench.Chaos;

/// <summary><c>Platform.Bench chaos [--short] [--rate N] [--faults a,b] [--out DIR]</c>: exits 1 unless the ledger is clean.</summary>
internal static class ChaosProgram
{
    public static async Task<int> RunAsync(string[] args, string repoRoot, CancellationToken cancellationToken)
    {
        var settings = ChaosSettings.Parse(args, repoRoot);
        var run = await ChaosRunner.RunAsync(settings, cancellationToken);
        var markdown = ChaosReport.Render(run);
        Directory.CreateDirectory(settings.ResultsDirectory);
        var stamp = run.StartedAt.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var suffix = settings.Short ? "-short" : "";
        foreach (var name in new[] { $"chaos-{stamp}{suffix}", $"chaos-latest{suffix}" })
        {
            await File.WriteAllTextAsync(Path.Combine(settings.ResultsDirectory, name + ".md"), markdown, cancellationToken);
        }

        Console.WriteLine(markdown);
        return run.Clean ? 0 : 1;
    }
}
