using Aspire.AppHost.Hosting;
using Aspire.AppHost.Processes;

namespace Aspire.AppHost.Resources;

/// <summary>A built .NET project (a service or the gateway) run with `dotnet its.dll` from its project folder.</summary>
public sealed class ProjectResource(
    string name,
    string projectFolder,
    string assemblyName,
    int port,
    string? database,
    PlatformOptions options,
    PlatformSecrets secrets) : PlatformResource(name), IDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private ResourceLog? log;
    private ChildProcess? process;

    public int Port { get; } = port;

    /// <summary>The database this project owns, or null for the gateway.</summary>
    public string? Database { get; } = database;

    public string ProjectDirectory => Path.Combine(options.RepoRoot, projectFolder);

    public string AssemblyPath => RepositoryLayout.AssemblyPath(options.RepoRoot, projectFolder, assemblyName, options.BuildConfiguration);

    public override string Url => $"http://127.0.0.1:{Port}";

    public string LogPath => Path.Combine(options.LogDirectory, Name + ".log");

    /// <summary>The running process, for whoever measures its memory and CPU.</summary>
    public int? ProcessId => process is { HasExited: false } running ? running.Id : null;

    private string PidFile => Path.Combine(options.DataDirectory, "pids", Name + ".pid");

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(AssemblyPath))
        {
            var message = $"{AssemblyPath} is missing: build it with `dotnet build Platform.sln -c {options.BuildConfiguration}`";
            if (options.RequireAllProjects)
            {
                State = ResourceState.Failed;
                throw new FileNotFoundException(message, AssemblyPath);
            }

            (State, StateDetail) = (ResourceState.Skipped, message);
            return;
        }

        State = ResourceState.Starting;
        await Leftovers.EndAsync(PidFile, AssemblyPath);
        log = new ResourceLog(Name, options.LogDirectory, options.ConsoleOutput);
        var environment = ProjectEnvironment.For(this, options, secrets);
        process = ChildProcess.Start("dotnet", [AssemblyPath], ProjectDirectory, environment, log);
        await Leftovers.WritePidAsync(PidFile, process.Id);
        if (!await Readiness.WaitAsync(IsReadyAsync, options.ReadinessTimeout, () => process.HasExited, cancellationToken))
        {
            State = ResourceState.Failed;
            var why = process.HasExited ? $"exited with code {process.ExitCode}" : $"was not ready within {options.ReadinessTimeout.TotalSeconds:0} s";
            throw new InvalidOperationException($"{Name} {why} ({Url}/health/ready). Last lines of {log.Path}:\n{log.Tail()}");
        }

        State = ResourceState.Healthy;
    }

    public override async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        State = ResourceState.Stopping;
        await process.StopAsync(TimeSpan.FromSeconds(10));
        process.Dispose();
        process = null;
        log?.Dispose();
        State = ResourceState.Stopped;
    }

    public void Dispose()
    {
        process?.Dispose();
        log?.Dispose();
    }

    private async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        using var response = await Http.GetAsync($"{Url}/health/ready", cancellationToken);
        return response.IsSuccessStatusCode;
    }
}
