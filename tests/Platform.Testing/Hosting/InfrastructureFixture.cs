using Aspire.AppHost.Postgres;
using Aspire.AppHost.RabbitMq;
using Aspire.AppHost.Setup;
using Platform.Contracts.Hosting;

namespace Platform.Testing.Hosting;

/// <summary>
/// PostgreSQL, with every service's database and logins, and RabbitMQ: the app host started once per
/// test project with no projects (<c>--Platform:Projects=false</c>), for the services the tests host
/// in process. Share it through a collection fixture.
/// </summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    private TestAppHost? host;

    public PlatformHostOptions Options => host?.Options ?? throw new InvalidOperationException("The infrastructure has not been started.");

    public string AmqpUri => new RabbitMqNode(Options).AmqpUri;

    /// <summary>Any role: a service's S_app or S_owner, or the superuser <see cref="PostgresServer.Superuser"/>.</summary>
    public string ConnectionString(string database, string role) => new PostgresServer(Options).ConnectionString(database, role);

    /// <summary>The connection strings a service reads, as the app host gives them: its runtime login, its migrations login and the broker.</summary>
    public IReadOnlyDictionary<string, string> ConnectionStrings(string service)
    {
        var resource = PlatformResources.Service(service);
        return new Dictionary<string, string>
        {
            [$"ConnectionStrings:{service}"] = ConnectionString(service, resource.AppRole),
            [$"ConnectionStrings:{PlatformResources.MigrationsConnectionName(service)}"] = ConnectionString(service, resource.OwnerRole),
            [$"ConnectionStrings:{PlatformResources.Broker}"] = AmqpUri,
        };
    }

    public async Task InitializeAsync() =>
        host = await TestAppHost.StartThrowawayAsync(
            otlpEndpoint: null,
            projectEnvironment: new Dictionary<string, string>(),
            projects: false,
            async (notifications, cancellationToken) =>
            {
                await TestAppHost.WaitForSuccessfulExitAsync(notifications, PlatformPostgres.DatabaseLoginsResource, cancellationToken);
                await notifications.WaitForResourceHealthyAsync(PlatformResources.Broker, cancellationToken);
            });

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
