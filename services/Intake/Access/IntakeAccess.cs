using Platform.ServiceDefaults.Authentication;

namespace Intake.Access;

/// <summary>Who may work with intake's case data, and the names its access log gives records.</summary>
internal static class IntakeAccess
{
    public const string ReportRecord = "report";

    public const string ChildRecord = "child";

    /// <summary>The people who work on cases and their managers (DOMAIN.md §4); never analysts or operators.</summary>
    public static readonly string[] CaseWork = [PlatformRoles.Handlaggare, PlatformRoles.Teamledare, PlatformRoles.Enhetschef];

    /// <summary>Who sees a protected identity when the municipality has named no roles of its own.</summary>
    public static readonly string[] DefaultProtectedIdentityReaders = [PlatformRoles.Enhetschef, PlatformRoles.Teamledare];

    /// <summary>Who decides which roles see protected identities.</summary>
    public static readonly string[] SettingsEditors = [PlatformRoles.Forvaltningschef, PlatformRoles.Enhetschef];
}
