using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.BuildingBlocks.Messaging;

/// <summary>The JSON settings of messages, on the broker and in the outbox alike.</summary>
public static class MessageJson
{
    /// <summary>
    /// Web defaults with enums as their kebab-case names, so an event reads <c>"annan-kannedom"</c>
    /// as the API and the database do, not <c>"AnnanKannedom"</c> or <c>2</c>.
    /// </summary>
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Adds the platform's settings to a serializer's options.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        return options;
    }

    /// <summary>The type name stored in the outbox: stable across versions of the assembly.</summary>
    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}
