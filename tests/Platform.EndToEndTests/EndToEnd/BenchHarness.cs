using Aspire.AppHost.Processes;
using Aspire.AppHost.Setup;

namespace Platform.EndToEndTests.EndToEnd;

/// <summary>The benchmark's built harness, run as a process of its own; it writes into a folder that disposing deletes.</summary>
internal sealed class BenchHarness : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(12);
    private readonly string assembly;
    private readonly DirectoryInfo results = Directory.CreateTempSubdirectory("bench-harness-");

    private BenchHarness(string assembly) => this.assembly = assembly;

    public static BenchHarness Built()
    {
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory);
        var assembly = RepositoryLayout.AssemblyPath(root, "bench/Platform.Bench", "Platform.Bench", RepositoryLayout.ConfigurationOf(AppContext.BaseDirectory));
        Assert.True(File.Exists(assembly), $"The harness is not built: {assembly}");
        return new BenchHarness(assembly);
    }

    public Task<CommandResult> RunAsync(params string[] arguments) =>
        CommandRunner.RunAsync("dotnet", [assembly, .. arguments, "--out", results.FullName], timeout: Timeout);

    /// <summary>A file the run wrote, by name.</summary>
    public string Written(string name) => Path.Combine(results.FullName, name);

    public void Dispose() => results.Delete(recursive: true);
}
