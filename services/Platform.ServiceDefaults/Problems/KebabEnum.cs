using System.Text.Json;

namespace Platform.ServiceDefaults.Problems;

/// <summary>Enum values as the API writes them (<c>annan-kannedom</c>), read leniently as to case.</summary>
public static class KebabEnum
{
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static string Names<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(Name));

    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Parses a required value, or adds an error naming the field and the allowed values.</summary>
    public static T? Require<T>(string? text, string field, ValidationErrors errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "Required. One of: " + Names<T>() + ".");
            return null;
        }

        if (TryParse<T>(text, out var value))
        {
            return value;
        }

        errors.Add(field, "Unknown value. One of: " + Names<T>() + ".");
        return null;
    }
}
