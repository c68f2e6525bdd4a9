using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.EndToEndTests.Fuzz;

/// <summary>
/// The bad requests an operation gets, generated from its parameters and body schema alone, so that a
/// new endpoint is covered without a case written for it.
/// </summary>
internal static class FuzzCases
{
    private const int MaxFields = 30;
    private const string ControlCharacters = "a\u0000b\u0001c\u001b\u007f";

    // A .NET writer refuses to write half a surrogate pair, so the case carries a marker the text replaces.
    private const string LoneSurrogate = "lone-surrogate-marker";

    public static IEnumerable<FuzzCase> For(ApiOperation operation, FuzzTarget target)
    {
        var path = target.Path;
        var query = operation.QueryParameters.ToDictionary(p => p.Name, p => Text(SchemaSamples.Sample(operation.Schemas, p.Schema)));
        var body = operation.Body is { } schema ? SchemaSamples.Sample(operation.Schemas, schema) : null;
        var bodyText = body?.ToJsonString();

        FuzzCase Case(string kind, string? field, string? spoiledPath = null, IDictionary<string, string>? spoiledQuery = null,
            string? text = null, string mediaType = "application/json", FuzzCaller? caller = null, FuzzExpectation expect = FuzzExpectation.NoServerError) =>
            new(kind, field, operation.Method, (spoiledPath ?? path) + QueryString(spoiledQuery ?? query), text ?? bodyText, mediaType, caller ?? target.Caller, expect);

        foreach (var parameter in operation.PathParameters)
        {
            foreach (var (kind, value) in BadPathValues())
            {
                yield return Case(kind, parameter.Name, spoiledPath: target.PathWith(parameter.Name, value),
                    expect: kind == "control-characters" ? FuzzExpectation.RefusedBeforeRouting : FuzzExpectation.NoServerError);
            }
        }

        foreach (var parameter in operation.QueryParameters)
        {
            foreach (var (kind, value) in BadParameterValues(operation.Schemas.Resolve(parameter.Schema)))
            {
                yield return Case(kind, parameter.Name, spoiledQuery: new Dictionary<string, string>(query) { [parameter.Name] = value });
            }
        }

        if (body is not null)
        {
            foreach (var (kind, text, mediaType) in BadBodies(bodyText!))
            {
                yield return Case(kind, "body", text: text, mediaType: mediaType);
            }

            foreach (var field in SchemaSamples.Fields(operation.Schemas, operation.Body!.Value).Take(MaxFields))
            {
                foreach (var (kind, value) in BadFieldValues(field.Schema))
                {
                    yield return Case(kind, field.Path, text: field.With(body, value).ToJsonString().Replace(LoneSurrogate, "a\\ud800b", StringComparison.Ordinal));
                }
            }
        }

        foreach (var (kind, caller, expect) in target.OtherCallers)
        {
            yield return Case(kind, null, caller: caller, expect: expect);
        }
    }

    private static IEnumerable<(string Kind, string Value)> BadPathValues() =>
    [
        ("not-an-id", "not-an-id"),
        ("control-characters", Uri.EscapeDataString(ControlCharacters)),
        ("long-string", new string('7', 3000)),
    ];

    private static IEnumerable<(string Kind, string Value)> BadParameterValues(JsonElement schema)
    {
        yield return ("wrong-type", ApiSchemas.TypeOf(schema) is "string" && ApiSchemas.FormatOf(schema) is null && ApiSchemas.EnumOf(schema).Length == 0 ? "[]{}" : "not-a-value");
        yield return ("control-characters", ControlCharacters);
        yield return ("long-string", new string('x', 3000));
        if (ApiSchemas.EnumOf(schema).Length > 0)
        {
            yield return ("unknown-enum", "no-such-value");
        }
    }

    private static IEnumerable<(string Kind, string Text, string MediaType)> BadBodies(string valid) =>
    [
        ("malformed-json", "{\"a\": ,}", "application/json"),
        ("truncated-json", valid[..(valid.Length / 2)], "application/json"),
        ("empty-body", "", "application/json"),
        ("json-null", "null", "application/json"),
        ("wrong-root-type", "[1, \"two\"]", "application/json"),
        ("not-json", valid, "text/plain"),
        ("deep-nesting", new string('[', 5000) + new string(']', 5000), "application/json"),
        ("deep-nesting", "{\"x\":" + new string('[', 200) + new string(']', 200) + "}", "application/json"),
    ];

    private static IEnumerable<(string Kind, JsonNode? Value)> BadFieldValues(JsonElement schema)
    {
        var type = ApiSchemas.TypeOf(schema);
        yield return ("null", null);
        yield return ("wrong-type", type switch
        {
            "string" => JsonValue.Create(12345),
            "array" => new JsonObject { ["x"] = 1 },
            _ => JsonValue.Create("not-a-value"),
        });
        if (ApiSchemas.EnumOf(schema).Length > 0)
        {
            yield return ("unknown-enum", "no-such-value");
        }
        else if (type == "string")
        {
            yield return ("not-a-value", ApiSchemas.FormatOf(schema) is null ? "[]{}" : "not-a-value");
            yield return ("control-characters", ControlCharacters);
            yield return ("lone-surrogate", LoneSurrogate);
            yield return ("long-string", new string('x', 20_000));
        }
        else if (type is "integer" or "number")
        {
            yield return ("out-of-range", JsonValue.Create(1e300));
            yield return ("negative", JsonValue.Create(-1));
        }
        else if (type == "array")
        {
            yield return ("empty-array", new JsonArray());
        }
        else if (type == "object")
        {
            yield return ("deep-nesting", Nested(100));
        }
    }

    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
        {
            node = new JsonArray(node);
        }

        return node;
    }

    private static string Text(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => value.ToJsonString(),
    };

    private static string QueryString(IDictionary<string, string> query) => query.Count == 0
        ? ""
        : "?" + string.Join('&', query.Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value)));
}
