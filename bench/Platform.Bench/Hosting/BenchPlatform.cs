using Aspire.AppHost.Hosting;
using Aspire.AppHost.Resources;

namespace Platform.Bench.Hosting;

/// <summary>
/// A whole platform for one benchmark pass, on free ports in a throw-away folder, started the way
/// the developer's AppHost starts it (Release build, durable PostgreSQL) so the figures are the
/// platform's and not a test set-up's. Every project exports to a local OTLP sink; trace sampling
/// starts off and is switched at run time.
/// </summary>
public sealed class BenchPlatform : IAsyncDisposable
{
    private readonly string dataDirectory;

    private BenchPlatform(PlatformApp app, string dataDirectory, TraceSampling sampling)
    {
        App = app;
        this.dataDirectory = dataDirectory;
        Sampling = sampling;
    }

    public PlatformApp App { get; }

    public TraceSampling Sampling { get; }

    public string GatewayUrl => App.Gateway.Url;

    public string ServiceUrl(string name) => App.Get<ProjectResource>(name).Url;

    /// <summary>
    /// Lets the previous phase finish before the next is measured: the assessment service
    /// consumes its backlog, and PostgreSQL writes the burst's dirty pages now (CHECKPOINT)
    /// rather than in the middle of the next phase.
    /// </summary>
    public async Task SettleAsync(CancellationToken cancellationToken)
    {
        await BacklogWait.UntilDrainedAsync(App.RabbitMq.AmqpUri, cancellationToken);
        await using var connection = new Npgsql.NpgsqlConnection(App.Postgres.ConnectionString("postgres", PostgresResource.Superuser));
        await connection.OpenAsync(cancellationToken);
        await using var checkpoint = new Npgsql.NpgsqlCommand("CHECKPOINT", connection);
        await checkpoint.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<BenchPlatform> StartAsync(NullOtlpCollector sink, CancellationToken cancellationToken)
    {
        var outputDirectory = AppContext.BaseDirectory;
        var dataDirectory = Directory.CreateTempSubdirectory("platform-bench-").FullName;
        var options = new PlatformOptions
        {
            RepoRoot = RepositoryLayout.FindRoot(outputDirectory),
            DataDirectory = dataDirectory,
            BuildConfiguration = RepositoryLayout.ConfigurationOf(outputDirectory),
            Ports = PlatformPorts.AllocateFree(),
            RabbitMqNodeName = $"platform-bench-{Environment.ProcessId}@localhost",
            EnvironmentName = "Development",
            OtlpEndpoint = sink.Endpoint,
            OtlpProtocol = "http/protobuf",
            ConsoleOutput = false,
            RequireAllProjects = true,
            ConfigureEnvironment = ConfigureProject,
        };
        var sampling = await TraceSampling.CreateOffAsync(options.OperatorSettingsFile, sink);
        var app = PlatformAppBuilder.Create(options).AddPlatform().Build();
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new BenchPlatform(app, dataDirectory, sampling);
    }

    /// <summary>The gateway and each service, with their process ids, plus PostgreSQL and RabbitMQ.</summary>
    public IReadOnlyDictionary<string, int> ProcessIds()
    {
        var ids = App.Resources.OfType<ProjectResource>()
            .Where(p => p.ProcessId is not null)
            .ToDictionary(p => p.Name, p => p.ProcessId!.Value);
        if (ProcessMeter.PostgresPostmaster(App.Postgres.DataDirectory) is { } postmaster)
        {
            ids["postgres"] = postmaster;
        }

        if (ProcessMeter.FindByCommandLine(App.RabbitMq.NodeName) is { } beam)
        {
            ids["rabbitmq"] = beam;
        }

        return ids;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A straggling child may still hold a file; the temporary folder is cleaned by the OS.
        }
    }

    private static void ConfigureProject(string resource, IDictionary<string, string> environment)
    {
        // The benchmark measures capacity; the per-municipality limit is tested elsewhere.
        environment["Gateway__TenantBurst"] = "10000000";
        environment["Gateway__TenantRequestsPerSecond"] = "10000000";
        environment["Logging__LogLevel__Default"] = "Warning";
        // Spans recorded before sampling is switched off are exported within a second, not five, so
        // the unsampled windows can start sooner; a full batch (512 spans) is exported at once either way.
        environment["OTEL_BSP_SCHEDULE_DELAY"] = ((int)TraceSampling.ExporterDelay.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
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
    }
}
