namespace Platform.ServiceDefaults.Problems;

/// <summary>Free text in a request: trimmed, bounded, and required where the record needs it.</summary>
public static class TextFields
{
    /// <summary>The longest free text a record keeps unless the field says otherwise.</summary>
    public const int DefaultMaxLength = 4000;

    /// <summary>The trimmed text, or null after adding an error naming the field.</summary>
    public static string? Required(string? text, string field, ValidationErrors errors, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "Required.");
            return null;
        }

        return Optional(text, field, errors, maxLength);
    }

    /// <summary>The trimmed text, null when absent, or null after adding an error when too long.</summary>
    public static string? Optional(string? text, string field, ValidationErrors errors, int maxLength = DefaultMaxLength)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (trimmed is { Length: var length } && length > maxLength)
        {
            errors.Add(field, $"At most {maxLength} characters.");
            return null;
        }

        return trimmed;
    }
}
