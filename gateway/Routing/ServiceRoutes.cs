using Platform.Contracts.Hosting;
using Platform.ServiceDefaults.OpenApi;
using Yarp.ReverseProxy.Configuration;

namespace Gateway.Routing;

/// <summary>
/// Per service: <c>/api/{service}/**</c> goes, unchanged, to that service, and
/// <c>/openapi/{service}.json</c> to the service's own OpenAPI document.
/// </summary>
internal static class ServiceRoutes
{
    public const string DocumentPattern = "/openapi/{documentName}.json";

    /// <param name="documentsOpen">In Development the documents need no token; elsewhere they ask for one, as the API does.</param>
    public static IReadOnlyList<RouteConfig> Routes(bool documentsOpen) =>
        [.. PlatformResources.Services.SelectMany(s => new[]
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
