using Platform.Contracts.Hosting;
using Yarp.ReverseProxy.Configuration;

namespace Gateway.Routing;

/// <summary>One route per service: <c>/api/{service}/**</c> goes, unchanged, to that service.</summary>
internal static class ServiceRoutes
{
    public static IReadOnlyList<RouteConfig> Routes() =>
        [.. PlatformResources.Services.Select(s => new RouteConfig
        {
            RouteId = s.Name,
            ClusterId = s.Name,
            Match = new RouteMatch { Path = s.RoutePrefix + "/{**rest}" },
        })];

    public static IReadOnlyList<ClusterConfig> Clusters(IConfiguration configuration) =>
        [.. PlatformResources.Services.Select(s => new ClusterConfig
        {
            ClusterId = s.Name,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [s.Name] = new() { Address = Address(configuration, s) },
            },
        })];

    public static string Address(IConfiguration configuration, ServiceResource service) =>
        configuration[$"Services:{service.Name}"] ?? $"http://127.0.0.1:{service.DefaultPort}";
}
