using MudBlazor;

namespace PlatformConsole.Components.Layout;

/// <summary>Colours chosen for WCAG AA contrast (4.5:1 or more) against white and against each other's text.</summary>
internal static class ConsoleTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#5a3d7a",
            Error = "#b00020",
            Warning = "#8a4b00",
            Success = "#1e6b2f",
            Info = "#1f5f8b",
            TextSecondary = "#4a4a4a",
        },
    };
}
