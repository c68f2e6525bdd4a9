using Microsoft.EntityFrameworkCore;
using Placements.Data;
using Placements.Domain.Placements;
using Platform.BuildingBlocks.Authorization;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Placements.Access;

/// <summary>Who may use the placements API, who may record what, and the names its access log gives records.</summary>
internal static class PlacementsAccess
{
    public const string PlacementRecord = "placement";

    public const string FosterHomeRecord = "foster-home";

    /// <summary>The roles that follow placements up; the committee and quality developers read.</summary>
    public static readonly string[] CaseworkRoles =
        [PlatformRoles.Handlaggare, PlatformRoles.Teamledare, PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef];

    /// <summary>Municipal staff; region analysts and operators never see case data.</summary>
    public static readonly string[] ReadRoles =
        [.. CaseworkRoles, PlatformRoles.Namnd, PlatformRoles.Namndsekreterare, PlatformRoles.Kvalitetsutvecklare];

    /// <summary>The roles whose work spans every unit.</summary>
    public static readonly string[] DepartmentWideRoles = [PlatformRoles.Forvaltningschef, PlatformRoles.Namnd, PlatformRoles.Namndsekreterare];

    /// <summary>Who may send and reconcile the municipality's records with the region.</summary>
    public static readonly string[] RegionalExchangeRoles =
        [PlatformRoles.Kvalitetsutvecklare, PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef];

    public static bool WorksOnUnit(this CurrentUser user, string? unit) =>
        unit is null || user.IsInRole(DepartmentWideRoles) || (user.Unit is { } own && own == unit);

    public static Recorder AsRecorder(this CurrentUser user) => new(user.Id, user.Name, user.Role);

    /// <summary>Null when the caller follows placements up (records visits, plans, dialogues, endings).</summary>
    public static IResult? RefuseUnlessCaseworker(CurrentUser user) =>
        user.IsInRole(CaseworkRoles)
            ? null
            : Problems.Forbidden(AccessRules.CaseworkRoles, "Only caseworkers and their managers record on a placement.");

    /// <summary>
    /// Null when the caller is the committee's secretary: a review (övervägande, omprövning, 13 § LVU) is
    /// the committee's own decision and may not be delegated to an official (DOMAIN.md §2.4, §3).
    /// </summary>
    public static IResult? RefuseUnlessCommitteeSecretary(CurrentUser user) =>
        user.IsInRole(PlatformRoles.Namndsekreterare)
            ? null
            : Problems.Forbidden(AccessRules.CommitteeDecisions,
                "A review of a placement (övervägande, omprövning, 13 § LVU) is the committee's decision, never delegated to an official: " +
                "it is entered by the committee secretary (namndsekreterare) with the meeting date and protocol paragraph.");

    public static IResult? RefuseUnlessSettingsManager(CurrentUser user) =>
        user.IsInRole(PlatformRoles.Forvaltningschef, PlatformRoles.Enhetschef)
            ? null
            : Problems.Forbidden(AccessRules.MunicipalSettings, "Only the head of department or a unit manager changes the municipality's settings.");

    public static IResult? RefuseUnlessRegionalExchange(CurrentUser user) =>
        user.IsInRole(RegionalExchangeRoles)
            ? null
            : Problems.Forbidden(AccessRules.RegionalFollowUp, "Only quality developers, unit managers and the head of department exchange records with the region.");

    /// <summary>
    /// The placement a route names by its id: the caller's own unit, or another's with a stated reason (<c>?reason=</c>)
    /// that the access log keeps (DOMAIN.md §4).
    /// </summary>
    public static readonly CaseAccessFilter<PlacementsDbContext> AccessFilter = new(async (db, route, cancellationToken) =>
        CaseTarget.RouteGuid(route, "id") is { } id
        && await db.Placements.Where(p => p.Id == id).Select(p => new { p.Unit }).FirstOrDefaultAsync(cancellationToken) is { } found
            ? new CaseTarget(found.Unit, [(PlacementRecord, id)])
            : null);
}
