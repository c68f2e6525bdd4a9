using Aspire.AppHost.Postgres;
using Aspire.AppHost.RabbitMq;
using Aspire.AppHost.Setup;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Contracts.Hosting;

namespace Platform.Bench.Hosting;

/// <summary>
/// A whole platform for one benchmark pass, started by the app host as the tests start it, on free
/// ports in a throwaway folder, but as a developer runs it (Release build, durable PostgreSQL) so the
/// figures are the platform's and not a test set-up's. Every project exports to a local OTLP sink;
/// trace sampling starts off and is switched at run time.
/// </summary>
public sealed class BenchPlatform : IAsyncDisposable
{
    // The suite's short fault run starts its platform while the other test projects start their own servers
    // beside it: a fresh clone's run once needed more than five minutes to start it.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);
    private readonly DistributedApplication app;
    private readonly PlatformHostOptions options;

    private BenchPlatform(DistributedApplication app, PlatformHostOptions options, TraceSampling sampling)
    {
        this.app = app;
        this.options = options;
        Sampling = sampling;
    }

    public TraceSampling Sampling { get; }

    public string GatewayUrl => $"http://127.0.0.1:{options.Ports.Gateway}";

    public string AmqpUri => new RabbitMqNode(options).AmqpUri;

    public string ServiceUrl(string name) => $"http://127.0.0.1:{options.Ports.Service(name)}";

    public string ManagementUrl => new RabbitMqNode(options).ManagementUrl;

    /// <summary>The app host's running application: its resource states and commands (stop, start).</summary>
    public DistributedApplication Host => app;

    public string SuperuserConnectionString(string database) => new PostgresServer(options).ConnectionString(database, PostgresServer.Superuser);

    /// <summary>
    /// Lets the previous phase finish before the next is measured: intake's outbox is sent and the
    /// assessment service consumes the backlog, and PostgreSQL writes the burst's dirty pages now (CHECKPOINT)
    /// rather than in the middle of the next phase.
    /// </summary>
    public async Task SettleAsync(CancellationToken cancellationToken)
    {
        var postgres = new PostgresServer(options);
        await BacklogWait.UntilDrainedAsync(AmqpUri, postgres.ConnectionString("intake", PostgresServer.Superuser), cancellationToken);
        await using var connection = new Npgsql.NpgsqlConnection(postgres.ConnectionString("postgres", PostgresServer.Superuser));
        await connection.OpenAsync(cancellationToken);
        await using var checkpoint = new Npgsql.NpgsqlCommand("CHECKPOINT", connection);
        await checkpoint.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<BenchPlatform> StartAsync(NullOtlpCollector sink, CancellationToken cancellationToken)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("platform-bench-").FullName;
        var args = PlatformArguments.For(
            dataDirectory,
            PlatformPorts.AllocateFree(),
            $"platform-bench-{Environment.ProcessId}@localhost",
            durablePostgres: true,
            sink.Endpoint,
            ProjectEnvironment());
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Aspire_AppHost>(args, (app, _) => app.DisableDashboard = true, timeout.Token);
        // The resources' consoles and the start-up health probes would drown the run's own lines.
        builder.Services.AddLogging(logging => logging
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None)
            .AddFilter("Aspire.AppHost.Resources", LogLevel.Warning));
        var options = PlatformHostOptions.From(builder.Configuration, RepositoryLayout.FindRoot(AppContext.BaseDirectory));
        var sampling = await TraceSampling.CreateOffAsync(options.OperatorSettingsFile, sink);
        var app = await builder.BuildAsync(timeout.Token);
        try
        {
            await app.StartAsync(timeout.Token);
            await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new BenchPlatform(app, options, sampling);
    }

    /// <summary>The gateway and each service, with their process ids, plus PostgreSQL and RabbitMQ.</summary>
    public IReadOnlyDictionary<string, int> ProcessIds()
    {
        var ids = new Dictionary<string, int>();
        foreach (var name in PlatformResources.Services.Select(s => s.Name).Append("gateway"))
        {
            if (app.ResourceNotifications.TryGetCurrentState(name, out var resource)
                && resource.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } value
                && int.TryParse(value.ToString(), out var pid))
            {
                ids[name] = ProcessMeter.ApplicationOf(pid);
            }
        }

        if (ProcessMeter.PostgresPostmaster(new PostgresServer(options).DataDirectory) is { } postmaster)
        {
            ids["postgres"] = postmaster;
        }

        if (ProcessMeter.FindByCommandLine(options.RabbitMqNodeName) is { } beam)
        {
            ids["rabbitmq"] = beam;
        }

        return ids;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        try
        {
            Directory.Delete(options.DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A straggling child may still hold a file; the temporary folder is cleaned by the OS.
        }
    }

    private static Dictionary<string, string> ProjectEnvironment()
    {
        var environment = new Dictionary<string, string>
        {
            // The benchmark measures capacity; the per-municipality limit is tested elsewhere.
            ["Gateway__TenantBurst"] = "10000000",
            ["Gateway__TenantRequestsPerSecond"] = "10000000",
            ["Logging__LogLevel__Default"] = "Warning",
            // Spans recorded before sampling is switched off are exported within a second, not five, so
            // the unsampled windows can start sooner; a full batch (512 spans) is exported at once either way.
            ["OTEL_BSP_SCHEDULE_DELAY"] = ((int)TraceSampling.ExporterDelay.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        // BENCH_PROJECT_X=v sets X=v for every project: how runtime settings are tried before they are adopted.
        foreach (System.Collections.DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (variable.Key is string key && key.StartsWith("BENCH_PROJECT_", StringComparison.Ordinal))
            {
                environment[key["BENCH_PROJECT_".Length..]] = (string)variable.Value!;
            }
        }

        if (Environment.GetEnvironmentVariable("BENCH_PERF_MAP") == "1")
        {
            // For `perf record -p <pid>`: the JIT writes /tmp/perf-<pid>.map so frames have names.
            environment["DOTNET_PerfMapEnabled"] = "1";
            environment["DOTNET_EnableWriteXorExecute"] = "0";
        }

        return environment;
    }
}
