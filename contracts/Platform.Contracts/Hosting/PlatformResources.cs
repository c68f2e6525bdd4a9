namespace Platform.Contracts.Hosting;

/// <summary>
/// Names of every resource, shared by the AppHost, the services, the gateway and the tests so that
/// nothing is spelled twice. Local ports are the app host's (<c>Aspire.AppHost/Setup/PlatformPorts</c>).
/// </summary>
public static class PlatformResources
{
    /// <summary>The broker's connection-string name.</summary>
    public const string Broker = "rabbitmq";

    /// <summary>The web console's resource name; the gateway serves it at <c>/</c>.</summary>
    public const string Console = "console";

    /// <summary>The five services, in start order.</summary>
    public static readonly IReadOnlyList<ServiceResource> Services =
    [
        new("intake", "Intake", "/api/intake"),
        new("assessment", "Assessment", "/api/assessment"),
        new("investigation", "Investigation", "/api/investigation"),
        new("placements", "Placements", "/api/placements"),
        new("quality", "Quality", "/api/quality"),
    ];

    /// <summary>The service of that name (also its database's name).</summary>
    public static ServiceResource Service(string name) => Services.Single(s => s.Name == name);

    /// <summary>The connection-string name of a service's migration (table-owner) login.</summary>
    public static string MigrationsConnectionName(string database) => database + "-migrations";
}

/// <summary>One service: its resource name (also its database, role prefix and service.name),
/// its project folder under services/ and its route prefix at the gateway.</summary>
public sealed record ServiceResource(string Name, string Project, string RoutePrefix)
{
    /// <summary>The login role the service runs as; it does not own its tables.</summary>
    public string AppRole => Name + "_app";

    /// <summary>The role that owns the tables and runs migrations.</summary>
    public string OwnerRole => Name + "_owner";
}
