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

    public static IReadOnlyList<ClusterConfig> Clusters() =>
        [.. PlatformResources.Services.Select(s => new ClusterConfig
        {
            ClusterId = s.Name,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [s.Name] = new() { Address = Address(s) },
            },
        })];

    /// <summary>
    /// A logical address that service discovery resolves: from <c>services:NAME:http:0</c> when configured
    /// (what an Aspire reference injects), else by DNS (a cluster's service name).
    /// </summary>
    public static string Address(ServiceResource service) => $"http://{service.Name}";
}
