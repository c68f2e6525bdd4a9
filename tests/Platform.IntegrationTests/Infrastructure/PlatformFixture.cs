using Aspire.AppHost.Hosting;
using Aspire.AppHost.Resources;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// Starts PostgreSQL, RabbitMQ, the five services and the gateway once for the test run, on free
/// loopback ports in a fresh temporary folder, so it runs beside a developer's own platform.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    /// <summary>Set to 1 to keep the data folder, with every resource's log, after the run.</summary>
    public const string KeepDataVariable = "PLATFORM_TESTS_KEEP_DATA";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private PlatformApp? app;

    /// <summary>Set before the platform starts to export every project's traces there.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>The OTLP collector the whole platform exports to during the test run.</summary>
    public OtlpSink? Telemetry { get; private set; }

    public string? OtlpProtocol { get; set; }

    /// <summary>Set before the platform starts to add environment variables per project (by resource name).</summary>
    public Action<string, IDictionary<string, string>>? ConfigureEnvironment { get; set; }

    public PlatformApp App => app ?? throw new InvalidOperationException("The platform has not been started.");

    public string DataDirectory { get; private set; } = "";

    public string LogDirectory => App.Options.LogDirectory;

    public string GatewayUrl => App.Gateway.Url;

    public string AmqpUri => App.RabbitMq.AmqpUri;

    /// <summary>The gateway's token signing key (ECDSA P-256, base64 PKCS#8), for minting tokens (expired ones too) in tests.</summary>
    public string SigningKey => App.Secrets.SigningKey;

    /// <summary>The public half every project validates with (base64 SubjectPublicKeyInfo).</summary>
    public string PublicKey => App.Secrets.PublicKey;

    public string IdentityKey => App.Secrets.IdentityKey;

    public string ServiceUrl(string name) => App.Get<ProjectResource>(name).Url;

    public HttpClient CreateGatewayClient() => new() { BaseAddress = new Uri(GatewayUrl) };

    /// <summary>Any role: a service's S_app or S_owner, or the superuser <see cref="PostgresResource.Superuser"/>.</summary>
    public string ConnectionString(string database, string role) => App.Postgres.ConnectionString(database, role);

    public string SuperuserConnectionString(string database = "postgres") =>
        ConnectionString(database, PostgresResource.Superuser);

    /// <summary>Simulates a broker outage: the node stays up, the broker application stops.</summary>
    public Task StopBrokerAsync(CancellationToken cancellationToken = default) => App.RabbitMq.StopAppAsync(cancellationToken);

    public Task StartBrokerAsync(CancellationToken cancellationToken = default) => App.RabbitMq.StartAppAsync(cancellationToken);

    public Task<long?> GetQueueMessageCountAsync(string queue, CancellationToken cancellationToken = default) =>
        App.RabbitMq.GetQueueMessageCountAsync(queue, cancellationToken);

    public async Task InitializeAsync()
    {
        DataDirectory = Directory.CreateTempSubdirectory("platform-tests-").FullName;
        Telemetry = await OtlpSink.StartAsync();
        OtlpEndpoint ??= Telemetry.Endpoint;
        OtlpProtocol ??= "http/protobuf";
        ConfigureEnvironment ??= TestSettings.Apply;
        var built = PlatformAppBuilder.Create(TestPlatformOptions.Create(DataDirectory, OtlpEndpoint, OtlpProtocol, ConfigureEnvironment))
            .AddPlatform()
            .Build();
        var missing = built.MissingAssemblies();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The platform cannot start: not built in {built.Options.BuildConfiguration}:\n  {string.Join("\n  ", missing)}\n"
                + $"Build first: dotnet build Platform.sln -c {built.Options.BuildConfiguration}");
        }

        app = built;
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await app.StartAsync(timeout.Token);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"The platform did not start (logs kept in {LogDirectory}): {e.Message}", e);
        }
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (Telemetry is not null)
        {
            await Telemetry.DisposeAsync();
        }

        var failed = app?.Resources.Any(r => r.State is ResourceState.Failed) ?? false;
        if (!failed && Environment.GetEnvironmentVariable(KeepDataVariable) != "1")
        {
            TryDelete(DataDirectory);
        }
    }

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
