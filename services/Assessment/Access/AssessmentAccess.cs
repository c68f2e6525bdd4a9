using Assessment.Domain.Delegation;
using Platform.BuildingBlocks.Authorization;
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
    public static readonly string[] ReadRoles = [.. CaseworkRoles, PlatformRoles.Namnd, PlatformRoles.Kvalitetsutvecklare];

    public static readonly string[] ManagerRoles = [PlatformRoles.Teamledare, PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef];

    /// <summary>Null when the caller may record on an assessment; otherwise the refusal naming the rule.</summary>
    public static IResult? RefuseUnlessQualifiedCaseworker(CurrentUser user)
    {
        if (!user.IsInRole(CaseworkRoles))
        {
            return Problems.Forbidden(AccessRules.CaseworkRoles, "Only caseworkers and their managers record on an assessment.");
        }

        return user.IsQualified
            ? null
            : Problems.Forbidden(AccessRules.QualifiedStaff, "Only staff with a social-work degree or equivalent may assess (3 kap. 3 a § SoL).");
    }

    /// <summary>Null when the caller is the head of department, who alone changes the delegation order and writes sub-delegations.</summary>
    public static IResult? RefuseUnlessHeadOfDepartment(CurrentUser user) =>
        user.IsInRole(PlatformRoles.Forvaltningschef)
            ? null
            : Problems.Forbidden(AccessRules.DelegationChanges, "Only the head of department (förvaltningschef) changes the delegation order and sub-delegations.");

    /// <summary>Null when the caller may change the municipality's settings for this service.</summary>
    public static IResult? RefuseUnlessSettingsManager(CurrentUser user) =>
        user.IsInRole(PlatformRoles.Forvaltningschef, PlatformRoles.Enhetschef)
            ? null
            : Problems.Forbidden(AccessRules.MunicipalSettings, "Only the head of department or a unit manager changes the municipality's settings.");

    public static Decider AsDecider(this CurrentUser user) => new(user.Id, user.Name, user.Role, user.IsQualified);
}
