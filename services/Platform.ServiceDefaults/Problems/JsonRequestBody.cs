using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Platform.ServiceDefaults.Problems;

/// <summary>
/// Reads a JSON request body so that a wrong type, an unknown enum value or broken JSON is a 400
/// naming the field, as every other bad input is, rather than the framework's anonymous 400.
/// </summary>
public static class JsonRequestBody
{
    public static async Task<T?> ReadAsync<T>(HttpRequest request, ValidationErrors errors, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            errors.Add("body", "Send the request as application/json.");
            return null;
        }

        var json = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            if (FieldWithNul(bytes) is { } field)
            {
                errors.Add(field, "Not valid here: text cannot hold a NUL character.");
                return null;
            }

            var body = JsonSerializer.Deserialize<T>(bytes.Span, json);
            errors.Require(body is not null, "body", "Required.");
            return body;
        }
        catch (JsonException e)
        {
            // Only the path is reported: the message may quote the value, which may be personal.
            errors.Add(e.Path is null or "$" ? "body" : e.Path.TrimStart('$', '.'), "Not valid here: wrong JSON type, value or syntax.");
            return null;
        }
    }

    /// <summary>
    /// The field whose text holds a NUL (<c>\u0000</c>, the only way JSON carries one), which PostgreSQL text
    /// cannot store; null when there is none or the JSON is broken, which deserializing then reports.
    /// </summary>
    private static string? FieldWithNul(ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Span.IndexOf("\\u0000"u8) < 0)
        {
            return null;
        }

        try
        {
            return Nodes(JsonNode.Parse(bytes.Span))
                .Where(n => n is JsonValue v && v.TryGetValue<string>(out var text) && text.Contains('\0', StringComparison.Ordinal)
                    || n?.Parent is JsonObject && n.GetPropertyName().Contains('\0', StringComparison.Ordinal))
                .Select(n => n!.GetPath().TrimStart('$', '.'))
                .Select(path => path.Length == 0 ? "body" : path)
                .FirstOrDefault() ?? "body";
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<JsonNode?> Nodes(JsonNode? node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).SelectMany(Nodes).Prepend(node),
        JsonArray a => a.SelectMany(Nodes).Prepend(node),
        _ => [node],
    };
}
