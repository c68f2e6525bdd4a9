using Platform.Contracts.Hosting;
using Platform.ServiceDefaults.OpenApi;
using Yarp.ReverseProxy.Configuration;

namespace Gateway.Routing;

/// <summary>
/// Per service: <c>/api/{service}/**</c> goes, unchanged, to that service, and
/// <c>/openapi/{service}.json</c> to the service's own OpenAPI document; every other path to the web console.
/// </summary>
internal static class ServiceRoutes
{
    public const string DocumentPattern = "/openapi/{documentName}.json";

    /// <summary>Below every other route and endpoint of the gateway: the console gets only what nothing else matches.</summary>
    public const int ConsoleOrder = 1000;

    /// <param name="documentsOpen">In Development the documents need no token; elsewhere they ask for one, as the API does.</param>
    public static IReadOnlyList<RouteConfig> Routes(bool documentsOpen) =>
        [.. ServiceRoutesOf(documentsOpen), ConsoleRoute()];

    public static IReadOnlyList<ClusterConfig> Clusters() =>
        [.. PlatformResources.Services.Select(s => Cluster(s.Name)), Cluster(PlatformResources.Console)];

    /// <summary>
    /// The console's pages need no token: the console decides who is signed in (its cookie), and its
    /// circuit's WebSocket passes through as YARP forwards upgrades. The browser's host is kept, so the
    /// console's redirects and links name the gateway, not the console's own port.
    /// </summary>
    private static RouteConfig ConsoleRoute() => new()
    {
        RouteId = PlatformResources.Console,
        ClusterId = PlatformResources.Console,
        Order = ConsoleOrder,
        Match = new RouteMatch { Path = "/{**rest}" },
        AuthorizationPolicy = "anonymous",
        Transforms = [new Dictionary<string, string> { ["RequestHeaderOriginalHost"] = "true" }],
    };

    private static IEnumerable<RouteConfig> ServiceRoutesOf(bool documentsOpen) =>
        PlatformResources.Services.SelectMany(s => new[]
        {
            new RouteConfig
            {
                RouteId = s.Name,
                ClusterId = s.Name,
                Match = new RouteMatch { Path = s.RoutePrefix + "/{**rest}" },
            },
            new RouteConfig
            {
                RouteId = s.Name + "-openapi",
                ClusterId = s.Name,
                Match = new RouteMatch { Path = DocumentPattern.Replace("{documentName}", s.Name, StringComparison.Ordinal) },
                Transforms = [new Dictionary<string, string> { ["PathSet"] = OpenApiExtensions.DocumentPath }],
                AuthorizationPolicy = documentsOpen ? "anonymous" : null,
            },
        });

    private static ClusterConfig Cluster(string name) => new()
    {
        ClusterId = name,
        Destinations = new Dictionary<string, DestinationConfig>
        {
            [name] = new() { Address = Address(name) },
        },
    };

    /// <summary>
    /// A logical address that service discovery resolves: from <c>services:NAME:http:0</c> when configured
    /// (what an Aspire reference injects), else by DNS (a cluster's service name).
    /// </summary>
    public static string Address(string name) => $"http://{name}";
}
