namespace Platform.Contracts.Hosting;

/// <summary>
/// Names and default local ports of every resource, shared by the AppHost, the services, the
/// gateway and the tests so that nothing is spelled twice.
/// </summary>
public static class PlatformResources
{
    /// <summary>The broker's connection-string name.</summary>
    public const string Broker = "rabbitmq";

    /// <summary>Default local ports of the infrastructure.</summary>
    public const int PostgresPort = 55432;

    /// <summary>Default local AMQP port.</summary>
    public const int RabbitMqPort = 55672;

    /// <summary>Default local port of RabbitMQ's management UI.</summary>
    public const int RabbitMqManagementPort = 55673;

    /// <summary>Default local port of the gateway.</summary>
    public const int GatewayPort = 8080;

    /// <summary>The five services, in start order.</summary>
    public static readonly IReadOnlyList<ServiceResource> Services =
    [
        new("intake", "Intake", "/api/intake", 5101),
        new("assessment", "Assessment", "/api/assessment", 5102),
        new("investigation", "Investigation", "/api/investigation", 5103),
        new("placements", "Placements", "/api/placements", 5104),
        new("quality", "Quality", "/api/quality", 5105),
    ];

    /// <summary>The service of that name (also its database's name).</summary>
    public static ServiceResource Service(string name) => Services.Single(s => s.Name == name);

    /// <summary>The connection-string name of a service's migration (table-owner) login.</summary>
    public static string MigrationsConnectionName(string database) => database + "-migrations";
}

/// <summary>One service: its resource name (also its database, role prefix and service.name),
/// its project folder under services/, its route prefix at the gateway, and its default port.</summary>
public sealed record ServiceResource(string Name, string Project, string RoutePrefix, int DefaultPort)
{
    /// <summary>The login role the service runs as; it does not own its tables.</summary>
    public string AppRole => Name + "_app";

    /// <summary>The role that owns the tables and runs migrations.</summary>
    public string OwnerRole => Name + "_owner";
}
