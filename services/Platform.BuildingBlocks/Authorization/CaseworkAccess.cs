using Microsoft.AspNetCore.Http;
using Platform.BuildingBlocks.Delegation;
using Platform.Contracts;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Platform.BuildingBlocks.Authorization;

/// <summary>
/// Who works on a case in the services that assess, investigate and decide: the same roles, the same
/// unit rule and the same qualification check wherever a case is worked on, so that they cannot drift.
/// </summary>
public static class CaseworkAccess
{
    /// <summary>The roles that work on cases; the committee and quality developers only read.</summary>
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

    /// <summary>
    /// Whether the caller works on a case of this unit without stating a reason: their own unit's, a case
    /// no unit has been given yet (it must not fall off every list), or any case for a department-wide role.
    /// </summary>
    public static bool WorksOnUnit(this CurrentUser user, string? unit) =>
        unit is null || user.IsInRole(DepartmentWideRoles) || (user.Unit is { } own && own == unit);

    /// <summary>Null when the caller may record on a case; otherwise the refusal naming the rule.</summary>
    /// <param name="user">The caller.</param>
    /// <param name="now">The moment, for the provision in force.</param>
    /// <param name="record">What is recorded on, for the detail: <c>an assessment</c>.</param>
    /// <param name="work">What the qualification allows, for the detail: <c>assess</c>.</param>
    public static IResult? RefuseUnlessQualifiedCaseworker(CurrentUser user, DateTimeOffset now, string record, string work)
    {
        if (!user.IsInRole(CaseworkRoles))
        {
            return Problems.Forbidden(AccessRules.CaseworkRoles, $"Only caseworkers and their managers record on {record}.");
        }

        return user.IsQualified
            ? null
            : Problems.Forbidden(AccessRules.QualifiedStaff,
                $"Only staff with a social-work degree or equivalent may {work} ({RuleCatalogue.Provision(LegalProvisionIds.QualifiedStaff, StockholmCalendar.LocalDate(now)).Display}).");
    }

    public static Decider AsDecider(this CurrentUser user) => new(user.Id, user.Name, user.Role, user.IsQualified);
}
