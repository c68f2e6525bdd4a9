using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Platform.Bench.Hosting;

namespace Platform.Bench.Chaos.Faults;

/// <summary>
/// Kills a resource the hard way, SIGKILL to its process and every process below it (PostgreSQL's
/// backends, the broker's Erlang VM under its start script, the application under `dotnet run`),
/// then has the app host start it again, as the dashboard's start command does.
/// </summary>
internal sealed class FaultInjector(BenchPlatform platform)
{
    private const int MaxStarts = 5;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    public async Task<FaultResult> InjectAsync(string resource, Func<CancellationToken, Task> recovered, CancellationToken cancellationToken)
    {
        var notifications = platform.Host.ResourceNotifications;
        var pid = ResourcePid(resource) ?? throw new InvalidOperationException($"The app host reports no process for {resource}.");
        var tree = ProcessMeter.TreeOf(pid);
        var killedAt = Stopwatch.GetTimestamp();
        foreach (var process in tree)
        {
            Kill(process);
        }

        var probe = recovered(cancellationToken);
        await notifications.WaitForResourceAsync(resource, e => IsTerminal(e.Snapshot), cancellationToken);
        var starts = await StartAgainAsync(resource, pid, cancellationToken);
        var healthy = Stopwatch.GetElapsedTime(killedAt);
        await probe;
        return new FaultResult(resource, tree.Count, starts, healthy, Stopwatch.GetElapsedTime(killedAt));
    }

    private async Task<int> StartAgainAsync(string resource, int killedPid, CancellationToken cancellationToken)
    {
        var commands = platform.Host.Services.GetRequiredService<ResourceCommandService>();
        var previous = killedPid;
        for (var start = 1; start <= MaxStarts; start++)
        {
            var result = await commands.ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand, cancellationToken);
            if (!result.Success)
            {
                throw new InvalidOperationException($"Starting {resource} again failed: {result.Message}");
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(StartTimeout);
            var current = previous;
            // A new process that is healthy, or one that exited again (PostgreSQL refuses to start while a killed
            // backend still holds its shared memory): then it is started once more.
            var reached = await platform.Host.ResourceNotifications.WaitForResourceAsync(resource,
                e => Pid(e.Snapshot) is { } now && now != current && (IsTerminal(e.Snapshot) || IsHealthy(e.Snapshot)), timeout.Token);
            if (IsHealthy(reached.Snapshot))
            {
                return start;
            }

            previous = Pid(reached.Snapshot) ?? previous;
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }

        throw new InvalidOperationException($"{resource} did not come back after {MaxStarts} starts.");
    }

    private int? ResourcePid(string resource) =>
        platform.Host.ResourceNotifications.TryGetCurrentState(resource, out var e) ? Pid(e.Snapshot) : null;

    private static int? Pid(CustomResourceSnapshot snapshot) =>
        snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } value
            && int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;

    private static bool IsTerminal(CustomResourceSnapshot snapshot) =>
        snapshot.State?.Text is { } state && KnownResourceStates.TerminalStates.Contains(state);

    private static bool IsHealthy(CustomResourceSnapshot snapshot) =>
        snapshot.State?.Text == KnownResourceStates.Running && snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy;

    private static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: false);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone: its parent's death took it along.
        }
    }
}
