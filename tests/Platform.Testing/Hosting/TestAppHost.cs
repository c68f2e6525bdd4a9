using Aspire.AppHost.Setup;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Platform.Testing.Hosting;

/// <summary>
/// The app host started for a test run (Aspire.Hosting.Testing) on free loopback ports in a fresh
/// temporary folder, so it runs beside a developer's own platform. Every resource's console output
/// goes to a file of its own under <see cref="LogDirectory"/>; a failed start keeps them.
/// </summary>
public sealed class TestAppHost : IAsyncDisposable
{
    /// <summary>Set to 1 to keep the data folder, with every resource's log, after the run.</summary>
    public const string KeepDataVariable = "PLATFORM_TESTS_KEEP_DATA";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private readonly DistributedApplication app;
    private readonly ResourceLogFiles logFiles;
    private bool failed;

    private TestAppHost(DistributedApplication app, ResourceLogFiles logFiles, PlatformHostOptions options)
    {
        this.app = app;
        this.logFiles = logFiles;
        Options = options;
    }

    public PlatformHostOptions Options { get; }

    public string DataDirectory => Options.DataDirectory;

    public string LogDirectory => LogDirectoryOf(DataDirectory);

    /// <summary>A RabbitMQ node name of the run's own, so its broker never meets another's.</summary>
    public static string NewNodeName() => $"platform-test-{Guid.NewGuid():N}"[..24] + "@localhost";

    /// <summary>
    /// Starts a throwaway platform: free ports, a broker node of its own, PostgreSQL without durability,
    /// the projects only where <paramref name="projects"/>; returns once <paramref name="ready"/> says so.
    /// </summary>
    public static Task<TestAppHost> StartThrowawayAsync(
        string? otlpEndpoint,
        IReadOnlyDictionary<string, string> projectEnvironment,
        bool projects,
        Func<ResourceNotificationService, CancellationToken, Task> ready) =>
        StartAsync(
            dataDirectory => PlatformArguments.For(
                dataDirectory, PlatformPorts.AllocateFree(), NewNodeName(), durablePostgres: false, otlpEndpoint, projectEnvironment, projects),
            ready);

    /// <summary>
    /// Starts the app host with the arguments for a fresh data folder, and returns once
    /// <paramref name="ready"/> says the resources the tests need are up.
    /// </summary>
    public static async Task<TestAppHost> StartAsync(
        Func<string, string[]> arguments, Func<ResourceNotificationService, CancellationToken, Task> ready)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("platform-tests-").FullName;
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Aspire_AppHost>(
            arguments(dataDirectory), (app, _) => app.DisableDashboard = true, timeout.Token);
        var options = PlatformHostOptions.From(builder.Configuration, RepositoryLayout.FindRoot(AppContext.BaseDirectory));
        var app = await builder.BuildAsync(timeout.Token);
        var logFiles = new ResourceLogFiles(app, LogDirectoryOf(options.DataDirectory));
        logFiles.Start(builder.Resources);
        var host = new TestAppHost(app, logFiles, options);
        try
        {
            await app.StartAsync(timeout.Token);
            await ready(app.ResourceNotifications, timeout.Token);
            return host;
        }
        catch (Exception e)
        {
            host.failed = true;
            await host.DisposeAsync();
            throw new InvalidOperationException($"The platform did not start (logs kept in {host.LogDirectory}): {e.Message}", e);
        }
    }

    /// <summary>Waits until a resource that runs to completion (initdb, the database logins) has exited, and checks it succeeded.</summary>
    public static async Task WaitForSuccessfulExitAsync(ResourceNotificationService notifications, string resource, CancellationToken cancellationToken)
    {
        var exited = await notifications.WaitForResourceAsync(
            resource, e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), cancellationToken);
        if (exited.Snapshot.ExitCode != 0)
        {
            throw new InvalidOperationException($"{resource} ended with exit code {exited.Snapshot.ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await logFiles.DisposeAsync();
        if (!failed && Environment.GetEnvironmentVariable(KeepDataVariable) != "1")
        {
            TryDelete(DataDirectory);
        }
    }

    private static string LogDirectoryOf(string dataDirectory) => Path.Combine(dataDirectory, "logs");

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A straggling child may still hold a file; the temporary folder is cleaned by the OS.
        }
    }
}
