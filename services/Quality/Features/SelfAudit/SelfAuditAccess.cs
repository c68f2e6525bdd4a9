using Platform.BuildingBlocks.Authorization;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Quality.Features.SelfAudit;

/// <summary>
/// The self-audit is the unit's own review of its case files: the municipality's quality developers run it for any
/// unit and a unit manager for their own; the head of department reads it. Case-level reads are access-logged.
/// </summary>
internal static class SelfAuditAccess
{
    public const string InvestigationRecord = "investigation";

    public static readonly string[] ReadRoles = [PlatformRoles.Kvalitetsutvecklare, PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef];

    public static IResult? RefuseUnlessReader(CurrentUser user) =>
        user.IsInRole(ReadRoles)
            ? null
            : Problems.Forbidden(AccessRules.QualityReports, "Only the municipality's quality developers, unit managers and head of department read its self-audit.");

    /// <summary>Drawing the sample and answering the checklist: a quality developer for any unit, a unit manager for their own.</summary>
    public static IResult? RefuseUnlessAuditor(CurrentUser user, string? unit) =>
        user.IsInRole(PlatformRoles.Kvalitetsutvecklare) || (user.IsInRole(PlatformRoles.Enhetschef) && unit is not null && unit == user.Unit)
            ? null
            : Problems.Forbidden(AccessRules.QualityReports, "Only a quality developer, or the unit's own manager, draws the unit's sample and answers its checklist.");
}
