using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.EndToEndTests.Fuzz;

/// <summary>A value every field of a schema fills with a plausible value, and the fields a case can spoil one at a time.</summary>
internal static class SchemaSamples
{
    private const int MaxDepth = 6;

    public static JsonNode? Sample(ApiSchemas schemas, JsonElement schema, int depth = 0)
    {
        schema = schemas.Resolve(schema);
        if (ApiSchemas.EnumOf(schema) is [var first, ..])
        {
            return first;
        }

        return ApiSchemas.TypeOf(schema) switch
        {
            "object" when depth < MaxDepth => new JsonObject(Properties(schema)
                .Select(p => KeyValuePair.Create(p.Name, Sample(schemas, p.Value, depth + 1)))),
            "object" => new JsonObject(),
            "array" when depth < MaxDepth && schema.TryGetProperty("items", out var items) => new JsonArray(Sample(schemas, items, depth + 1)),
            "array" => new JsonArray(),
            "integer" or "number" => 1,
            "boolean" => false,
            "null" => null,
            _ => SampleText(schema),
        };
    }

    /// <summary>Every field below the body, depth first: its JSON path and its schema.</summary>
    public static IEnumerable<SchemaField> Fields(ApiSchemas schemas, JsonElement schema, SchemaField? parent = null, int depth = 0)
    {
        schema = schemas.Resolve(schema);
        if (depth >= MaxDepth)
        {
            yield break;
        }

        var children = ApiSchemas.TypeOf(schema) switch
        {
            "object" when ApiSchemas.EnumOf(schema).Length == 0 => Properties(schema).Select(p => (Segment: (object)p.Name, Schema: p.Value)),
            "array" when schema.TryGetProperty("items", out var items) => [(Segment: 0, Schema: items)],
            _ => [],
        };
        foreach (var (segment, child) in children)
        {
            var field = new SchemaField([.. parent?.Segments ?? [], segment], schemas.Resolve(child));
            yield return field;
            foreach (var below in Fields(schemas, child, field, depth + 1))
            {
                yield return below;
            }
        }
    }

    private static IEnumerable<JsonProperty> Properties(JsonElement schema) =>
        schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject() : [];

    private static string SampleText(JsonElement schema) => ApiSchemas.FormatOf(schema) switch
    {
        "date-time" => DateTimeOffset.UtcNow.AddHours(-1).ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture),
        "date" => DateTimeOffset.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "uuid" => Guid.NewGuid().ToString(),
        "int32" or "int64" => "1",
        _ => "text",
    };
}

/// <summary>A field of a request body: where it is (property names and array indexes) and its schema.</summary>
internal sealed record SchemaField(IReadOnlyList<object> Segments, JsonElement Schema)
{
    public string Path => string.Concat(Segments.Select((s, i) => s is int index ? $"[{index}]" : (i == 0 ? "" : ".") + s));

    /// <summary>A copy of the body with this field set to the value (the field's parents are made where missing).</summary>
    public JsonNode With(JsonNode body, JsonNode? value)
    {
        var copy = body.DeepClone();
        var node = copy;
        foreach (var segment in Segments.SkipLast(1))
        {
            node = segment is int index ? node.AsArray()[index]! : node[(string)segment] ??= new JsonObject();
        }

        if (Segments[^1] is int last)
        {
            node.AsArray()[last] = value;
        }
        else
        {
            node[(string)Segments[^1]] = value;
        }

        return copy;
    }
}
