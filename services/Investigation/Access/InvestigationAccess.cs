using Investigation.Data;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Authorization;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Investigation.Access;

/// <summary>Who may use the investigation API at all, who may work on an investigation, and the names its access log gives records.</summary>
internal static class InvestigationAccess
{
    public const string InvestigationRecord = "investigation";

    public const string InterventionRecord = "intervention";

    /// <summary>Who reads the quarterly report to IVO: quality staff and managers.</summary>
    public static readonly string[] QualityReportRoles = [PlatformRoles.Kvalitetsutvecklare, PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef];

    /// <summary>
    /// Who sees the texts of an investigation about a child with a protected identity (ADR 13): the
    /// same roles as assessment's default; this service has no setting of its own yet.
    /// </summary>
    public static readonly string[] ProtectedIdentityReaders = [PlatformRoles.Teamledare, PlatformRoles.Enhetschef];

    public static bool SeesProtectedTexts(this CurrentUser user) => user.IsInRole(ProtectedIdentityReaders);

    /// <summary>Null when the caller may record on an investigation; otherwise the refusal naming the rule.</summary>
    public static IResult? RefuseUnlessQualifiedCaseworker(CurrentUser user, DateTimeOffset now) =>
        CaseworkAccess.RefuseUnlessQualifiedCaseworker(user, now, "an investigation", "investigate");

    public static IResult? RefuseUnlessQualityReader(CurrentUser user) =>
        user.IsInRole(QualityReportRoles)
            ? null
            : Problems.Forbidden(AccessRules.QualityReports, "Only quality developers and managers read the reports to IVO.");

    /// <summary>The investigation a route names by its id.</summary>
    public static readonly CaseAccessFilter<InvestigationDbContext> AccessFilter = new(async (db, route, cancellationToken) =>
        CaseTarget.RouteGuid(route, "id") is { } id
        && await db.Investigations.Where(i => i.Id == id).Select(i => new { i.Unit }).FirstOrDefaultAsync(cancellationToken) is { } found
            ? new CaseTarget(found.Unit, [(InvestigationRecord, id)])
            : null);
}
