using Aspire.AppHost.Processes;
using Aspire.AppHost.Setup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Aspire.AppHost.RabbitMq;

internal static class RabbitMqResourceExtensions
{
    private const string ReadyCheck = "rabbitmq-listens";

    /// <summary>The broker as the rabbitmq user, with its management UI as an endpoint of the resource.</summary>
    public static IResourceBuilder<ExecutableResource> AddPlatformRabbitMq(this IDistributedApplicationBuilder builder, RabbitMqNode node, PlatformHostOptions options)
    {
        SystemUser.RequireReachable(options.DataDirectory, RabbitMqNode.OsUser);
        node.WriteFiles();
        // An epmd left by a platform that was killed would hold the port with a stale node name.
        node.EndEpmdAsync().GetAwaiter().GetResult();
        builder.Services.AddHostedService(sp => new EpmdCleanup(node, sp.GetRequiredService<IHostApplicationLifetime>()));

        var management = new RabbitMqManagement(node.ManagementUrl);
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            ReadyCheck, _ => new RabbitMqReadyCheck(management, options.Ports.Amqp), HealthStatus.Unhealthy, tags: null));

        var (file, args) = SystemUser.As(RabbitMqNode.OsUser, RabbitMqNode.Script("rabbitmq-server"), []);
        var rabbit = builder.AddExecutable(Platform.Contracts.Hosting.PlatformResources.Broker, file, node.Directory, [.. args])
            .WithEndpoint(port: options.Ports.Amqp, name: "amqp", scheme: "amqp", isProxied: false)
            .WithHttpEndpoint(port: options.Ports.RabbitMqManagement, name: "management", isProxied: false)
            .WithHealthCheck(ReadyCheck);
        foreach (var (key, value) in node.Environment)
        {
            rabbit.WithEnvironment(key, value);
        }

        return rabbit;
    }
}
