using Aspire.AppHost.Postgres;
using Aspire.AppHost.Processes;
using Aspire.AppHost.RabbitMq;
using Aspire.AppHost.Setup;
using Platform.Testing.Hosting;

namespace Platform.EndToEndTests.Infrastructure;

/// <summary>
/// Starts the app host once for the test run (Aspire.Hosting.Testing): PostgreSQL, RabbitMQ, the
/// five services and the gateway, on free loopback ports in a fresh temporary folder, so it runs
/// beside a developer's own platform. Every project exports its telemetry to <see cref="Telemetry"/>.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private const string GatewayResource = "gateway";
    private TestAppHost? host;

    /// <summary>The OTLP collector the whole platform exports to during the test run.</summary>
    public OtlpSink? Telemetry { get; private set; }

    public PlatformHostOptions Options => host?.Options ?? throw new InvalidOperationException("The platform has not been started.");

    public string DataDirectory => Options.DataDirectory;

    public string LogDirectory => host?.LogDirectory ?? throw new InvalidOperationException("The platform has not been started.");

    public string GatewayUrl => $"http://127.0.0.1:{Options.Ports.Gateway}";

    public RabbitMqNode Broker => new(Options);

    public string AmqpUri => Broker.AmqpUri;

    public PostgresServer Postgres => new(Options);

    /// <summary>The keys the app host generated for this run: the signing key, to mint tokens (expired ones too) in tests.</summary>
    public PlatformSecrets Secrets => PlatformSecrets.LoadOrCreate(DataDirectory);

    /// <summary>The gateway's token signing key (ECDSA P-256, base64 PKCS#8), for minting tokens (expired ones too) in tests.</summary>
    public string SigningKey => Secrets.SigningKey;

    /// <summary>The public half every project validates with (base64 SubjectPublicKeyInfo).</summary>
    public string PublicKey => Secrets.PublicKey;

    public string ServiceUrl(string name) => $"http://127.0.0.1:{Options.Ports.Service(name)}";

    public HttpClient CreateGatewayClient() => new() { BaseAddress = new Uri(GatewayUrl) };

    /// <summary>Any role: a service's S_app or S_owner, or the superuser <see cref="PostgresServer.Superuser"/>.</summary>
    public string ConnectionString(string database, string role) => Postgres.ConnectionString(database, role);

    public string SuperuserConnectionString(string database = "postgres") =>
        ConnectionString(database, PostgresServer.Superuser);

    /// <summary>Simulates a broker outage: the node stays up, the broker application stops.</summary>
    public async Task StopBrokerAsync(CancellationToken cancellationToken = default) =>
        Check(await Broker.CtlAsync(["stop_app"], cancellationToken));

    /// <summary>Ends the outage and returns once the broker says its AMQP listener is up again.</summary>
    public async Task StartBrokerAsync(CancellationToken cancellationToken = default)
    {
        Check(await Broker.CtlAsync(["start_app"], cancellationToken));
        using var management = new RabbitMqManagement(Broker.ManagementUrl);
        await ApiClients.EventuallyAsync(async () =>
        {
            try
            {
                return await management.PortListenerStatusAsync(Options.Ports.Amqp, cancellationToken) == System.Net.HttpStatusCode.OK ? "up" : null;
            }
            catch (HttpRequestException)
            {
                return null;
            }
        }, TimeSpan.FromSeconds(60));
    }

    public async Task<long?> GetQueueMessageCountAsync(string queue, CancellationToken cancellationToken = default)
    {
        using var management = new RabbitMqManagement(Broker.ManagementUrl);
        return await management.MessageCountAsync(queue, cancellationToken);
    }

    public async Task InitializeAsync()
    {
        Telemetry = await OtlpSink.StartAsync();
        host = await TestAppHost.StartThrowawayAsync(
            Telemetry.Endpoint,
            TestSettings.ProjectEnvironment(),
            projects: true,
            (notifications, cancellationToken) => notifications.WaitForResourceHealthyAsync(GatewayResource, cancellationToken));
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (Telemetry is not null)
        {
            await Telemetry.DisposeAsync();
        }
    }

    private static void Check(CommandResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"rabbitmqctl failed:\n{result.Output}");
        }
    }
}
