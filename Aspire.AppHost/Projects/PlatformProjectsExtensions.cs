using Aspire.AppHost.Postgres;
using Aspire.AppHost.RabbitMq;
using Aspire.AppHost.Setup;
using Platform.Contracts.Hosting;

namespace Aspire.AppHost.Projects;

internal static class PlatformProjectsExtensions
{
    public const string GatewayName = "gateway";

    /// <summary>The five services, each on its database and the broker, the web console, and the gateway in front of them.</summary>
    public static void AddPlatformProjects(
        this IDistributedApplicationBuilder builder,
        PlatformHostOptions options,
        PlatformSecrets secrets,
        PlatformPostgres postgres,
        IResourceBuilder<ExecutableResource> rabbit,
        RabbitMqNode node)
    {
        var services = new[]
        {
            builder.AddProject<global::Projects.Intake>("intake"),
            builder.AddProject<global::Projects.Assessment>("assessment"),
            builder.AddProject<global::Projects.Investigation>("investigation"),
            builder.AddProject<global::Projects.Placements>("placements"),
            builder.AddProject<global::Projects.Quality>("quality"),
        };
        foreach (var project in services)
        {
            var service = PlatformResources.Service(project.Resource.Name);
            project.WithPlatformDefaults(options, secrets, options.Ports.Service(service.Name))
                .WithEnvironment($"ConnectionStrings__{service.Name}", postgres.Server.ConnectionString(service.Name, service.AppRole))
                .WithEnvironment($"ConnectionStrings__{PlatformResources.MigrationsConnectionName(service.Name)}", postgres.Server.ConnectionString(service.Name, service.OwnerRole))
                .WithEnvironment($"ConnectionStrings__{PlatformResources.Broker}", node.AmqpUri)
                .WaitFor(postgres.Resource)
                .WaitForCompletion(postgres.DatabaseLogins)
                .WaitFor(rabbit);
        }

        // The one service that encrypts identity numbers (ADR 6).
        services.Single(s => s.Resource.Name == "intake").WithEnvironment("Intake__IdentityKey", secrets.IdentityKey);
        // The one service that keys the de-identified records sent to the region (DOMAIN.md §2.6).
        services.Single(s => s.Resource.Name == "placements").WithEnvironment("Placements__Regional__KeySecret", secrets.RegionalKeySecret!);

        // The console calls the API only through the gateway, at the address a browser would use.
        var gatewayUrl = $"http://127.0.0.1:{options.Ports.Gateway}";
        var console = builder.AddProject<global::Projects.Console>(PlatformResources.Console)
            .WithPlatformDefaults(options, secrets, options.Ports.Console)
            .WithEnvironment("Console__GatewayUrl", gatewayUrl);

        // Each secret goes only to the process that needs it: the token signing key to the issuer.
        var gateway = builder.AddProject<global::Projects.Gateway>(GatewayName)
            .WithPlatformDefaults(options, secrets, options.Ports.Gateway)
            .WithEnvironment("Auth__SigningKey", secrets.SigningKey)
            // For the operators' error-queue endpoints: AMQP to read and move messages, the management API to list queues.
            .WithEnvironment($"ConnectionStrings__{PlatformResources.Broker}", node.AmqpUri)
            .WithEnvironment("Operations__BrokerManagementUrl", node.ManagementUrl);
        foreach (var project in services.Append(console))
        {
            gateway.WithReference(project).WaitFor(project);
        }
    }

    private static IResourceBuilder<ProjectResource> WithPlatformDefaults(
        this IResourceBuilder<ProjectResource> project, PlatformHostOptions options, PlatformSecrets secrets, int port)
    {
        // Not proxied: the orchestrator's proxy would add a hop to every request the gateway forwards.
        project.WithHttpEndpoint(port: port, isProxied: false)
            .WithHttpHealthCheck("/health/ready")
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", options.EnvironmentName)
            .WithEnvironment("OperatorSettingsFile", options.OperatorSettingsFile)
            .WithEnvironment("Auth__Issuer", PlatformAuthDefaults.Issuer)
            .WithEnvironment("Auth__Audience", PlatformAuthDefaults.Audience)
            .WithEnvironment("Auth__PublicKey", secrets.PublicKey);
        if (options.OtlpEndpoint is { } endpoint)
        {
            project.WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint)
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", options.OtlpProtocol);
        }

        foreach (var (key, value) in options.ProjectEnvironment)
        {
            project.WithEnvironment(key, value);
        }

        return project;
    }
}
