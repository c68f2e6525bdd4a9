using Aspire.AppHost.Processes;
using Platform.Contracts.Hosting;

namespace Aspire.AppHost.Setup;

/// <summary>Every loopback port the platform listens on.</summary>
public sealed record PlatformPorts(
    int Postgres,
    int Amqp,
    int RabbitMqManagement,
    int ErlangDistribution,
    int Epmd,
    int Gateway,
    IReadOnlyDictionary<string, int> Services)
{
    // Not RabbitMQ's 25672/4369, so a Debian-started broker on the same machine does not collide.
    public const int DefaultErlangDistributionPort = 55674;

    public const int DefaultEpmdPort = 55675;

    public static PlatformPorts Defaults { get; } = new(
        PlatformResources.PostgresPort,
        PlatformResources.RabbitMqPort,
        PlatformResources.RabbitMqManagementPort,
        DefaultErlangDistributionPort,
        DefaultEpmdPort,
        PlatformResources.GatewayPort,
        PlatformResources.Services.ToDictionary(s => s.Name, s => s.DefaultPort));

    /// <summary>Free ports for a platform that runs beside another one (tests beside a developer's).</summary>
    public static PlatformPorts AllocateFree()
    {
        var ports = LoopbackPorts.Allocate(6 + PlatformResources.Services.Count);
        return new(
            ports[0],
            ports[1],
            ports[2],
            ports[3],
            ports[4],
            ports[5],
            PlatformResources.Services.Select((s, i) => (s.Name, Port: ports[6 + i])).ToDictionary(x => x.Name, x => x.Port));
    }

    public int Service(string name) =>
        Services.TryGetValue(name, out var port) ? port : throw new ArgumentException($"Unknown service '{name}'.", nameof(name));
}
