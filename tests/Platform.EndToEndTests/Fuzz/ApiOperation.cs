using System.Text.Json;
using Gateway.Operations;
using Platform.Contracts.Hosting;

namespace Platform.EndToEndTests.Fuzz;

/// <summary>One operation of a service's OpenAPI document: its route, parameters and request body.</summary>
internal sealed record ApiOperation(
    string Service, HttpMethod Method, string Path, IReadOnlyList<ApiParameter> PathParameters,
    IReadOnlyList<ApiParameter> QueryParameters, JsonElement? Body, ApiSchemas Schemas)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public string Name => $"{Method.Method} {Path}";

    /// <summary>Every operation of every service and of the gateway itself, as the gateway serves the documents.</summary>
    public static async Task<IReadOnlyList<ApiOperation>> ReadAllAsync(HttpClient gateway)
    {
        var operations = new List<ApiOperation>();
        foreach (var service in PlatformResources.Services.Select(s => s.Name).Append(OperationsDocument.Name))
        {
            using var document = JsonDocument.Parse(await gateway.GetStringAsync(new Uri($"/openapi/{service}.json", UriKind.Relative)));
            var root = document.RootElement.Clone();
            var schemas = new ApiSchemas(root);
            foreach (var path in root.GetProperty("paths").EnumerateObject())
            {
                operations.AddRange(path.Value.EnumerateObject()
                    .Where(o => Methods.Contains(o.Name))
                    .Select(o => Read(service, path.Name, o.Name, o.Value, schemas)));
            }
        }

        return operations;
    }

    private static ApiOperation Read(string service, string path, string method, JsonElement operation, ApiSchemas schemas)
    {
        var parameters = operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
        ApiParameter[] In(string where) => [.. parameters
            .Where(p => p.GetProperty("in").GetString() == where)
            .Select(p => new ApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("schema")))];
        JsonElement? body = operation.TryGetProperty("requestBody", out var requestBody)
            && requestBody.GetProperty("content").TryGetProperty("application/json", out var json)
                ? json.GetProperty("schema") : null;
        return new ApiOperation(service, new HttpMethod(method.ToUpperInvariant()), path, In("path"), In("query"), body, schemas);
    }
}

/// <summary>A path or query parameter and its schema.</summary>
internal sealed record ApiParameter(string Name, JsonElement Schema);
