using Aspire.AppHost.Processes;
using Aspire.AppHost.Resources;
using Platform.Contracts.Hosting;

namespace Aspire.AppHost.Hosting;

/// <summary>Declares the resources and their references, the way Aspire's DistributedApplicationBuilder does.</summary>
public sealed class PlatformAppBuilder
{
    public const string GatewayName = "gateway";

    private readonly List<PlatformResource> resources = [];

    private PlatformAppBuilder(PlatformOptions options)
    {
        Options = options;
        Directory.CreateDirectory(options.DataDirectory);
        Directory.CreateDirectory(options.LogDirectory);
        SystemUser.MakeTraversable(options.DataDirectory);
        SystemUser.MakeTraversable(options.LogDirectory);
        Secrets = PlatformSecrets.LoadOrCreate(options.DataDirectory);
    }

    public PlatformOptions Options { get; }

    public PlatformSecrets Secrets { get; }

    public IReadOnlyList<PlatformResource> Resources => resources;

    public static PlatformAppBuilder Create(PlatformOptions options) => new(options);

    public PostgresResource AddPostgres() => Add(new PostgresResource(Options));

    public RabbitMqResource AddRabbitMq() => Add(new RabbitMqResource(Options));

    public ProjectResource AddService(ServiceResource service) =>
        Add(new ProjectResource(service.Name, Path.Combine("services", service.Project), service.Project,
            Options.Ports.Service(service.Name), service.Name, Options, Secrets));

    public ProjectResource AddGateway() =>
        Add(new ProjectResource(GatewayName, "gateway", "Gateway", Options.Ports.Gateway, null, Options, Secrets));

    /// <summary>PostgreSQL, RabbitMQ, the five services that use both, and the gateway in front of them.</summary>
    public PlatformAppBuilder AddPlatform()
    {
        var postgres = AddPostgres();
        var rabbit = AddRabbitMq();
        if (!Options.IncludeProjects)
        {
            return this;
        }

        var services = PlatformResources.Services
            .Select(s => AddService(s).WithReference(postgres).WithReference(rabbit))
            .ToList();
        var gateway = AddGateway();
        services.ForEach(s => gateway.WithReference(s));
        return this;
    }

    public PlatformApp Build() => new(Options, Secrets, resources);

    private T Add<T>(T resource)
        where T : PlatformResource
    {
        if (resources.Any(r => r.Name == resource.Name))
        {
            throw new InvalidOperationException($"A resource named '{resource.Name}' was already added.");
        }

        resources.Add(resource);
        return resource;
    }
}
