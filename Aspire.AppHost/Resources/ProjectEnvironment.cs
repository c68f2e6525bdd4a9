using Aspire.AppHost.Hosting;
using Platform.Contracts.Hosting;

namespace Aspire.AppHost.Resources;

/// <summary>
/// The configuration contract between the AppHost and every project: what each reference
/// contributes (connection strings, broker URI, service URLs) plus the shared keys and telemetry.
/// </summary>
internal static class ProjectEnvironment
{
    // The one service that encrypts identity numbers (ADR 6).
    private const string IdentityKeyHolder = "intake";

    // Set on the developer's shell or by `dotnet run`; they would override ASPNETCORE_URLS or confuse the child.
    private static readonly string[] Inherited = ["ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "HTTP_PORTS", "HTTPS_PORTS", "DOTNET_URLS", "DOTNET_LAUNCH_PROFILE"];

    public static Dictionary<string, string?> For(ProjectResource project, PlatformOptions options, PlatformSecrets secrets)
    {
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = options.EnvironmentName,
            ["ASPNETCORE_URLS"] = project.Url,
            ["Auth__PublicKey"] = secrets.PublicKey,
            ["Auth__Issuer"] = PlatformAuthDefaults.Issuer,
            ["Auth__Audience"] = PlatformAuthDefaults.Audience,
            ["OTEL_SERVICE_NAME"] = project.Name,
            ["OperatorSettingsFile"] = options.OperatorSettingsFile,
        };
        // Each secret goes only to the process that needs it: the token signing key to the issuer.
        if (project.Name == PlatformAppBuilder.GatewayName)
        {
            env["Auth__SigningKey"] = secrets.SigningKey;
        }

        if (project.Name == IdentityKeyHolder)
        {
            env["Intake__IdentityKey"] = secrets.IdentityKey;
        }

        if (options.OtlpEndpoint is { } endpoint)
        {
            env["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint;
        }

        if (options.OtlpProtocol is { } protocol)
        {
            env["OTEL_EXPORTER_OTLP_PROTOCOL"] = protocol;
        }

        foreach (var reference in project.References)
        {
            AddReference(env, project, reference);
        }

        options.ConfigureEnvironment?.Invoke(project.Name, env);
        var result = env.ToDictionary(e => e.Key, e => (string?)e.Value);
        foreach (var name in Inherited.Where(n => !env.ContainsKey(n)))
        {
            result[name] = null;
        }

        return result;
    }

    private static void AddReference(Dictionary<string, string> env, ProjectResource project, PlatformResource reference)
    {
        switch (reference)
        {
            case PostgresResource postgres when project.Database is { } database:
                var service = PlatformResources.Service(database);
                env[$"ConnectionStrings__{database}"] = postgres.ConnectionString(database, service.AppRole);
                env[$"ConnectionStrings__{PlatformResources.MigrationsConnectionName(database)}"] = postgres.ConnectionString(database, service.OwnerRole);
                break;
            case RabbitMqResource rabbit:
                env[$"ConnectionStrings__{PlatformResources.Broker}"] = rabbit.AmqpUri;
                break;
            case ProjectResource other:
                // Aspire's WithReference spelling, which service discovery reads as services:NAME:http:0.
                env[$"services__{other.Name}__http__0"] = other.Url;
                break;
        }
    }
}
