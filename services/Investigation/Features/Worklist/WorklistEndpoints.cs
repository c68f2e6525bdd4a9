using Investigation.Access;
using Investigation.Data;
using Investigation.Domain.Interventions;
using Investigation.Domain.Investigations;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Authorization;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Investigation;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Investigation.Features.Worklist;

/// <summary>
/// <c>GET /api/investigation/worklist</c>: the open investigations of the caller's unit by deadline
/// (overdue marked, missing documentation counted, chained and guardians-not-informed flagged), and
/// the unit's decisions not executed within three months. Every listed item is access-logged.
/// </summary>
internal static class WorklistEndpoints
{
    public const int MaxItems = 500;

    public static RouteGroupBuilder MapWorklist(this RouteGroupBuilder group)
    {
        group.MapGet("/worklist", HandleAsync).Produces<WorklistResponse>();
        return group;
    }

    private static async Task<IResult> HandleAsync(InvestigationDbContext db, CurrentUser user, AccessLogWriter log, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var open = await db.InOneSnapshotAsync(token => ForUnit(db.Investigations.Where(i => i.Status == InvestigationStatus.Open), user)
            .Include(i => i.Documentation)
            .OrderBy(i => i.DueAt)
            .ThenBy(i => i.Id)
            .Take(MaxItems + 1)
            .AsSplitQuery()
            .ToListAsync(token), cancellationToken);
        var items = open.Take(MaxItems).Select(i =>
        {
            var missing = i.MissingParts();
            return new InvestigationWorkItem(
                i.Id, i.ChildId, i.Unit, i.OpenedAt, i.StatutoryDueAt, i.DueAt, StockholmCalendar.LastDayBefore(i.DueAt), i.IsOverdue(now), i.IsExtended,
                i.ChainedInvestigation, i.GuardiansNotInformed, i.HasViolenceConcern, missing.Count, missing);
        }).ToList();
        var waiting = await ForUnit(db.Interventions, user)
            .Where(x => x.StartedOn == null && x.EndedOn == null && x.NotExecutedAt <= now)
            .OrderBy(x => x.NotExecutedAt)
            .ThenBy(x => x.Id)
            .Take(MaxItems)
            .ToListAsync(cancellationToken);
        var notExecuted = waiting.Select(x => new NotExecutedWorkItem(
            x.Id, x.InvestigationId, x.ChildId, x.Unit, x.Kind, TypeName(x), x.DecidedOn, x.NotExecutedFrom, x.DelayReason)).ToList();
        foreach (var item in notExecuted)
        {
            log.Add(AccessAction.List, InvestigationAccess.InterventionRecord, item.InterventionId);
        }

        await log.ShownAsync(AccessAction.List, InvestigationAccess.InvestigationRecord, items.Select(i => i.InvestigationId), cancellationToken);
        return Results.Ok(new WorklistResponse(items, notExecuted, open.Count > MaxItems));
    }

    /// <summary>The intervention's type as the API spells it: the open-care type or the placement type.</summary>
    public static string TypeName(Intervention x) =>
        x.Kind == InterventionKind.OpenCare ? KebabEnum.Name(x.OpenCareType!.Value) : KebabEnum.Name(x.PlacementType!.Value);

    /// <summary>Staff see their own unit's work and work no unit has been given; the department-wide roles see every unit's.</summary>
    private static IQueryable<ChildInvestigation> ForUnit(IQueryable<ChildInvestigation> investigations, CurrentUser user)
    {
        if (user.IsInRole(CaseworkAccess.DepartmentWideRoles))
        {
            return investigations;
        }

        var unit = user.Unit;
        return unit is null ? investigations.Where(i => i.Unit == null) : investigations.Where(i => i.Unit == unit || i.Unit == null);
    }

    private static IQueryable<Intervention> ForUnit(IQueryable<Intervention> interventions, CurrentUser user)
    {
        if (user.IsInRole(CaseworkAccess.DepartmentWideRoles))
        {
            return interventions;
        }

        var unit = user.Unit;
        return unit is null ? interventions.Where(i => i.Unit == null) : interventions.Where(i => i.Unit == unit || i.Unit == null);
    }
}
