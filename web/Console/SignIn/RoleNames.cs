using Platform.ServiceDefaults.Authentication;

namespace PlatformConsole.SignIn;

/// <summary>The roles by their Swedish titles (DOMAIN.md §1).</summary>
internal static class RoleNames
{
    public static readonly IReadOnlyList<(string Role, string Name)> All =
    [
        (PlatformRoles.Handlaggare, "Handläggare"),
        (PlatformRoles.Teamledare, "Teamledare"),
        (PlatformRoles.Enhetschef, "Enhetschef"),
        (PlatformRoles.Forvaltningschef, "Förvaltningschef"),
        (PlatformRoles.Namnd, "Nämnd"),
        (PlatformRoles.Namndsekreterare, "Nämndsekreterare"),
        (PlatformRoles.Kvalitetsutvecklare, "Kvalitetsutvecklare"),
        (PlatformRoles.Regionanalytiker, "Regionanalytiker"),
        (PlatformRoles.Operator, "Driftansvarig"),
    ];

    public static string Of(string? role) => All.FirstOrDefault(r => r.Role == role).Name ?? role ?? "";
}
