using Platform.BuildingBlocks.Authorization;
using Platform.BuildingBlocks.Delegation;
using Platform.Contracts;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Investigation.Access;

/// <summary>Who may use the investigation API at all, who may work on an investigation, and the names its access log gives records.</summary>
internal static class InvestigationAccess
{
    public const string InvestigationRecord = "investigation";

    public const string InterventionRecord = "intervention";

    /// <summary>The roles that work on investigations; the committee and quality developers only read.</summary>
    public static readonly string[] CaseworkRoles =
        [PlatformRoles.Handlaggare, PlatformRoles.Teamledare, PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef];

    /// <summary>Municipal staff; region analysts and operators never see case data.</summary>
    public static readonly string[] ReadRoles =
        [.. CaseworkRoles, PlatformRoles.Namnd, PlatformRoles.Namndsekreterare, PlatformRoles.Kvalitetsutvecklare];

    /// <summary>The head of department and the committee (with its secretary) work on every unit's cases.</summary>
    public static readonly string[] DepartmentWideRoles = [PlatformRoles.Forvaltningschef, PlatformRoles.Namnd, PlatformRoles.Namndsekreterare];

    /// <summary>The committee and its secretary: they take no delegated decision, only the committee's own.</summary>
    public static readonly string[] CommitteeEntryRoles = [PlatformRoles.Namnd, PlatformRoles.Namndsekreterare];

    /// <summary>Who reads the quarterly report to IVO: quality staff and managers.</summary>
    public static readonly string[] QualityReportRoles = [PlatformRoles.Kvalitetsutvecklare, PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef];

    /// <summary>
    /// Who sees the texts of an investigation about a child with a protected identity (ADR 13): the
    /// same roles as assessment's default; this service has no setting of its own yet.
    /// </summary>
    public static readonly string[] ProtectedIdentityReaders = [PlatformRoles.Teamledare, PlatformRoles.Enhetschef];

    /// <summary>Whether the caller works on a case of this unit without stating a reason.</summary>
    public static bool WorksOnUnit(this CurrentUser user, string? unit) =>
        unit is null || user.IsInRole(DepartmentWideRoles) || (user.Unit is { } own && own == unit);

    public static bool SeesProtectedTexts(this CurrentUser user) => user.IsInRole(ProtectedIdentityReaders);

    /// <summary>Null when the caller may record on an investigation; otherwise the refusal naming the rule.</summary>
    public static IResult? RefuseUnlessQualifiedCaseworker(CurrentUser user, DateTimeOffset now)
    {
        if (!user.IsInRole(CaseworkRoles))
        {
            return Problems.Forbidden(AccessRules.CaseworkRoles, "Only caseworkers and their managers record on an investigation.");
        }

        return user.IsQualified
            ? null
            : Problems.Forbidden(AccessRules.QualifiedStaff,
                $"Only staff with a social-work degree or equivalent may investigate ({RuleCatalogue.Provision(LegalProvisionIds.QualifiedStaff, StockholmCalendar.LocalDate(now)).Display}).");
    }

    public static IResult? RefuseUnlessQualityReader(CurrentUser user) =>
        user.IsInRole(QualityReportRoles)
            ? null
            : Problems.Forbidden(AccessRules.QualityReports, "Only quality developers and managers read the reports to IVO.");

    public static Decider AsDecider(this CurrentUser user) => new(user.Id, user.Name, user.Role, user.IsQualified);
}
