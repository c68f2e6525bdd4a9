using System.Globalization;
using System.Text.Json;
using Aspire.AppHost.Setup;
using Platform.Bench;
using Platform.Bench.Chaos;
using Platform.Bench.Results;

// Figures are written with a decimal point whatever the machine's locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

if (args.FirstOrDefault() == ChaosSettings.Verb)
{
    return await ChaosProgram.RunAsync(args, RepositoryLayout.FindRoot(AppContext.BaseDirectory), cancel.Token);
}

var settings = BenchSettings.Parse(args, RepositoryLayout.FindRoot(AppContext.BaseDirectory));

var run = await BenchRunner.RunAsync(settings, cancel.Token);
Directory.CreateDirectory(settings.ResultsDirectory);
var stamp = run.StartedAt.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + (settings.Smoke ? "-smoke" : "");
var markdown = MarkdownReport.Render(run);
var json = JsonSerializer.Serialize(run, BenchRunner.Json);
foreach (var name in new[] { stamp, settings.Smoke ? "latest-smoke" : "latest" })
{
    await File.WriteAllTextAsync(Path.Combine(settings.ResultsDirectory, name + ".md"), markdown);
    await File.WriteAllTextAsync(Path.Combine(settings.ResultsDirectory, name + ".json"), json);
}

Console.WriteLine(markdown);
Console.WriteLine($"Results: {Path.Combine(settings.ResultsDirectory, stamp)}.md and .json");
return 0;
