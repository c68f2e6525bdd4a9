using Platform.BuildingBlocks.Authorization;
using Platform.BuildingBlocks.Delegation;
using Platform.Contracts;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Access;

/// <summary>Who may use the assessment API at all, who may work on an assessment, and the names its access log gives records.</summary>
internal static class AssessmentAccess
{
    public const string AssessmentRecord = "assessment";

    public const string ReportRecord = "report";

    /// <summary>The roles that work on assessments; the committee and quality developers only read.</summary>
    public static readonly string[] CaseworkRoles =
        [PlatformRoles.Handlaggare, PlatformRoles.Teamledare, PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef];

    /// <summary>Municipal staff; region analysts and operators never see case data.</summary>
    public static readonly string[] ReadRoles =
        [.. CaseworkRoles, PlatformRoles.Namnd, PlatformRoles.Namndsekreterare, PlatformRoles.Kvalitetsutvecklare];

    /// <summary>
    /// Roles whose work spans every unit: the head of department manages them all, and the committee
    /// (with its secretary) decides on any unit's case. Everyone else works on their own unit's cases.
    /// </summary>
    public static readonly string[] DepartmentWideRoles = [PlatformRoles.Forvaltningschef, PlatformRoles.Namnd, PlatformRoles.Namndsekreterare];

    /// <summary>The committee and its secretary: they take no delegated decision, only the committee's own.</summary>
    public static readonly string[] CommitteeEntryRoles = [PlatformRoles.Namnd, PlatformRoles.Namndsekreterare];

    /// <summary>Who sees the list of the chair's urgent decisions awaiting the next meeting.</summary>
    public static readonly string[] CommitteeRoles = [PlatformRoles.Namnd, PlatformRoles.Namndsekreterare, PlatformRoles.Forvaltningschef];

    /// <summary>
    /// Whether the caller works on a case of this unit without stating a reason: their own unit's, a case
    /// no unit has been given yet (it must not fall off every list), or any case for a department-wide role.
    /// </summary>
    public static bool WorksOnUnit(this CurrentUser user, string? unit) =>
        unit is null || user.IsInRole(DepartmentWideRoles) || (user.Unit is { } own && own == unit);

    /// <summary>Null when the caller may record on an assessment; otherwise the refusal naming the rule.</summary>
    public static IResult? RefuseUnlessQualifiedCaseworker(CurrentUser user, DateTimeOffset now)
    {
        if (!user.IsInRole(CaseworkRoles))
        {
            return Problems.Forbidden(AccessRules.CaseworkRoles, "Only caseworkers and their managers record on an assessment.");
        }

        return user.IsQualified
            ? null
            : Problems.Forbidden(AccessRules.QualifiedStaff,
                $"Only staff with a social-work degree or equivalent may assess ({RuleCatalogue.Provision(LegalProvisionIds.QualifiedStaff, StockholmCalendar.LocalDate(now)).Display}).");
    }

    /// <summary>Null when the caller is the head of department, who alone writes sub-delegations.</summary>
    public static IResult? RefuseUnlessHeadOfDepartment(CurrentUser user) =>
        user.IsInRole(PlatformRoles.Forvaltningschef)
            ? null
            : Problems.Forbidden(AccessRules.DelegationChanges, "Only the head of department (förvaltningschef) writes and revokes sub-delegations.");

    /// <summary>Null when the caller is the committee's secretary, who enters the committee's decisions.</summary>
    public static IResult? RefuseUnlessCommitteeSecretary(CurrentUser user, string what) =>
        user.IsInRole(PlatformRoles.Namndsekreterare)
            ? null
            : Problems.Forbidden(AccessRules.CommitteeDecisions, $"The committee's decisions ({what}) are entered by the committee secretary (namndsekreterare), with the meeting date and protocol paragraph.");

    /// <summary>Null when the caller may change the municipality's settings for this service.</summary>
    public static IResult? RefuseUnlessSettingsManager(CurrentUser user) =>
        user.IsInRole(PlatformRoles.Forvaltningschef, PlatformRoles.Enhetschef)
            ? null
            : Problems.Forbidden(AccessRules.MunicipalSettings, "Only the head of department or a unit manager changes the municipality's settings.");

    public static Decider AsDecider(this CurrentUser user) => new(user.Id, user.Name, user.Role, user.IsQualified);
}
