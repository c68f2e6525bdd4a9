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
    int Console,
    IReadOnlyDictionary<string, int> Services)
{
    // Not RabbitMQ's 25672/4369, so a Debian-started broker on the same machine does not collide.
    public const int DefaultErlangDistributionPort = 55674;

    public const int DefaultEpmdPort = 55675;

    /// <summary>A developer's platform: the ports the README and the dashboard links name.</summary>
    public static PlatformPorts Defaults { get; } = new(
        Postgres: 55432,
        Amqp: 55672,
        RabbitMqManagement: 55673,
        DefaultErlangDistributionPort,
        DefaultEpmdPort,
        Gateway: 8080,
        // The console is served through the gateway; its own port is only the gateway's destination.
        Console: 5100,
        // 5101 intake, 5102 assessment, ... in the services' start order.
        Services: PlatformResources.Services.Select((s, i) => (s.Name, Port: 5101 + i)).ToDictionary(x => x.Name, x => x.Port));

    /// <summary>Free ports for a platform that runs beside another one (tests beside a developer's).</summary>
    public static PlatformPorts AllocateFree()
    {
        var ports = LoopbackPorts.Allocate(7 + PlatformResources.Services.Count);
        return new(
            ports[0],
            ports[1],
            ports[2],
            ports[3],
            ports[4],
            ports[5],
            ports[6],
            PlatformResources.Services.Select((s, i) => (s.Name, Port: ports[7 + i])).ToDictionary(x => x.Name, x => x.Port));
    }

    public int Service(string name) =>
        Services.TryGetValue(name, out var port) ? port : throw new ArgumentException($"Unknown service '{name}'.", nameof(name));
}
