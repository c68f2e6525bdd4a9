using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlatformConsole.Gateway;

/// <summary>JSON as the platform's API speaks it: camelCase, enums in kebab-case.</summary>
internal static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
