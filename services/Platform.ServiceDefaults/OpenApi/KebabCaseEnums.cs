using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>
/// Enums are kebab-case strings on the wire (the JSON options), so the schemas list them so: enum
/// types, and text marked <see cref="WireEnumAttribute"/> (a list's items, for a list).
/// </summary>
internal sealed class KebabCaseEnums : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type.IsEnum)
        {
            schema.Type = type == context.JsonTypeInfo.Type ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
            schema.Format = null;
            schema.Enum = Values(type);
        }
        else if (WireEnum(context) is { } wire)
        {
            var text = schema.Items as OpenApiSchema ?? schema;
            text.Enum = Values(wire.EnumType);
        }

        return Task.CompletedTask;
    }

    private static WireEnumAttribute? WireEnum(OpenApiSchemaTransformerContext context) =>
        context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(WireEnumAttribute), false).FirstOrDefault() as WireEnumAttribute
        ?? (context.ParameterDescription?.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo.GetCustomAttribute<WireEnumAttribute>();

    private static List<JsonNode> Values(Type enumType) =>
        [.. Enum.GetNames(enumType).Select(n => (JsonNode)JsonValue.Create(JsonNamingPolicy.KebabCaseLower.ConvertName(n)))];
}
