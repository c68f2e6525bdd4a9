using System.Text.Json;

namespace Platform.EndToEndTests.Fuzz;

/// <summary>A document's schemas, with references, nullable unions and <c>oneOf</c> resolved to the one type a value takes.</summary>
internal sealed class ApiSchemas(JsonElement document)
{
    /// <summary>The schema itself once references and a <c>oneOf</c> with null are followed.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        while (true)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
            }
            else if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf) || schema.TryGetProperty("allOf", out oneOf))
            {
                schema = oneOf.EnumerateArray().First(s => TypeOf(s) != "null");
            }
            else
            {
                return schema;
            }
        }
    }

    /// <summary>The JSON type a value of the schema takes (the first that is not null), or null when none is given.</summary>
    public static string? TypeOf(JsonElement schema) => !schema.TryGetProperty("type", out var type)
        ? null
        : type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null") ?? "null"
            : type.GetString();

    public static string? FormatOf(JsonElement schema) => schema.TryGetProperty("format", out var format) ? format.GetString() : null;

    public static string[] EnumOf(JsonElement schema) => schema.TryGetProperty("enum", out var values)
        ? [.. values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
        : [];

    public static string[] RequiredOf(JsonElement schema) => schema.TryGetProperty("required", out var required)
        ? [.. required.EnumerateArray().Select(r => r.GetString()!)]
        : [];
}
