using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.EndToEndTests.OpenApi;

/// <summary>A service's OpenAPI document beside the endpoints the service really maps.</summary>
internal sealed class ServiceDocument(JsonElement root, IReadOnlySet<string> mapped)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public JsonElement Root { get; } = root;

    /// <summary>
    /// <c>GET /api/intake/reports/{id}</c>: every endpoint the app maps but health, the document itself, a Dapr
    /// sidecar's (<c>/dapr/subscribe</c> and the topic routes under <c>/dapr/</c>: the sidecar, not a client, calls those)
    /// and the gateway's development token and API reference.
    /// </summary>
    public IReadOnlySet<string> Mapped { get; } = mapped;

    /// <summary>Where a service serves its document; the gateway serves its own elsewhere.</summary>
    public const string ServicePath = "/openapi/v1.json";

    /// <summary>Not described by any document: the gateway's development token endpoint and its API reference.</summary>
    private static readonly string[] Undocumented = [" /health", " /openapi", "/dapr/", " /dev/", " /scalar"];

    public static async Task<ServiceDocument> ReadAsync(IInMemoryApp app, string path = ServicePath)
    {
        using var client = app.CreateClient();
        var json = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {Path(e.RoutePattern)}"))
            .Where(e => !Undocumented.Any(u => e.Contains(u, StringComparison.Ordinal)));
        return new ServiceDocument(JsonDocument.Parse(json).RootElement.Clone(), new SortedSet<string>(mapped, StringComparer.Ordinal));
    }

    /// <summary>Every operation as <c>METHOD /path</c>.</summary>
    public IEnumerable<(string Endpoint, JsonElement Operation)> Operations() =>
        Root.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(o => Methods.Contains(o.Name))
            .Select(o => ($"{o.Name.ToUpperInvariant()} {path.Name}", o.Value)));

    /// <summary>The schema of a documented response (its <c>$ref</c> resolved), or null when the status is not documented.</summary>
    public JsonElement? ResponseSchema(JsonElement operation, int status)
    {
        if (!operation.GetProperty("responses").TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response)
            || !response.TryGetProperty("content", out var content))
        {
            return null;
        }

        var schema = content.EnumerateObject().First().Value.GetProperty("schema");
        return schema.TryGetProperty("$ref", out var reference) ? Schema(reference.GetString()!.Split('/')[^1]) : schema;
    }

    public JsonElement Schema(string name) => Root.GetProperty("components").GetProperty("schemas").GetProperty(name);

    public static bool HasProperty(JsonElement? schema, string property) =>
        schema is { } s && s.TryGetProperty("properties", out var properties) && properties.TryGetProperty(property, out _);

    private static string Path(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => throw new NotSupportedException(part.GetType().Name),
        }))));
}
