namespace PlatformConsole.Components.Shared;

/// <summary>An API value (kebab-case) by its Swedish label among a form's choices.</summary>
internal static class ChoiceLabels
{
    public static string Of(IReadOnlyList<(string Value, string Label)> choices, string? value) =>
        choices.FirstOrDefault(c => c.Value == value).Label ?? value ?? "–";
}
