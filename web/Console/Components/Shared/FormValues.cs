using System.Globalization;

namespace PlatformConsole.Components.Shared;

/// <summary>A form's typed values as the API takes them: blank is absent, and what cannot be read is sent as typed, so the API names the field.</summary>
internal static class FormValues
{
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>An amount in Swedish or invariant notation (<c>3 900,50</c>, <c>3900.5</c>).</summary>
    public static object? Number(string? text) =>
        Blank(text)?.Replace(" ", "", StringComparison.Ordinal) is not { } typed ? null
        : decimal.TryParse(typed.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : typed;

    /// <summary>A day as a <c>date</c> field and the API write it.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
