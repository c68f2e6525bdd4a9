using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.Shared;

/// <summary>Free text on an assessment: required where the audit asks for it, and bounded.</summary>
internal static class TextRules
{
    public const int MaxLength = 4000;

    /// <summary>The trimmed text, or null after adding an error naming the field.</summary>
    public static string? Required(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "Required.");
            return null;
        }

        return Optional(text, field, errors);
    }

    public static string? Optional(string? text, string field, ValidationErrors errors)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (trimmed is { Length: > MaxLength })
        {
            errors.Add(field, $"At most {MaxLength} characters.");
            return null;
        }

        return trimmed;
    }
}
