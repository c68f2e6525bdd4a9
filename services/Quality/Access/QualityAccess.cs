using Platform.BuildingBlocks.Authorization;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Quality.Access;

/// <summary>Who may read the quality figures, who may see the cases behind them, and who may rebuild them.</summary>
internal static class QualityAccess
{
    /// <summary>Aggregate figures name no one: every municipal staff role may read its own municipality's.</summary>
    public static readonly string[] ReadRoles =
    [
        PlatformRoles.Handlaggare, PlatformRoles.Teamledare, PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef,
        PlatformRoles.Namnd, PlatformRoles.Namndsekreterare, PlatformRoles.Kvalitetsutvecklare,
    ];

    /// <summary>The case ids behind a figure are case data: the municipality's quality staff and managers only.</summary>
    public static readonly string[] DrillDownRoles =
        [PlatformRoles.Kvalitetsutvecklare, PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef];

    public static readonly string[] RebuildRoles = [PlatformRoles.Kvalitetsutvecklare, PlatformRoles.Forvaltningschef];

    public static IResult? RefuseUnlessDrillDown(CurrentUser user) =>
        user.IsInRole(DrillDownRoles)
            ? null
            : Problems.Forbidden(AccessRules.QualityReports, "Only the municipality's quality developers, unit managers and head of department see the cases behind a figure.");

    public static IResult? RefuseUnlessRebuilder(CurrentUser user) =>
        user.IsInRole(RebuildRoles)
            ? null
            : Problems.Forbidden(AccessRules.QualityReports, "Only the municipality's quality developers and head of department rebuild its figures.");
}
