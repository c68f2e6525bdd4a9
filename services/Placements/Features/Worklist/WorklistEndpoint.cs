using Microsoft.EntityFrameworkCore;
using Placements.Access;
using Placements.Data;
using Placements.Domain.Placements;
using Placements.Domain.Settings;
using Placements.Features.GetPlacement;
using Placements.Features.Shared;
using Platform.BuildingBlocks.AccessLog;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;

namespace Placements.Features.Worklist;

/// <summary>A duty on the worklist: the placement (or foster home) it belongs to and the duty with its marks.</summary>
internal sealed record WorkItem(Guid? PlacementId, Guid? FosterHomeId, Guid? ChildId, string? Unit, DutyView Duty);

internal sealed record WorklistResponse(IReadOnlyList<WorkItem> Items, bool Truncated);

/// <summary>
/// <c>GET /worklist</c>: every duty due in the caller's unit (and those no unit has been given), soonest
/// deadline first, overdue marked in words. Every placement listed is access-logged.
/// </summary>
internal static class WorklistEndpoint
{
    public const int MaxItems = 500;

    public static RouteGroupBuilder MapWorklist(this RouteGroupBuilder group)
    {
        group.MapGet("/worklist", HandleAsync).Produces<WorklistResponse>();
        return group;
    }

    private static async Task<IResult> HandleAsync(PlacementsDbContext db, CurrentUser user, AccessLogWriter log, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = StockholmCalendar.LocalDate(now);
        var settings = await db.SettingsAsync(cancellationToken);
        var visitPeriod = PlacementSettings.VisitPeriod(settings, today);
        var placements = await ForUnit(db.Placements.Where(p => p.Status == PlacementStatus.Started
                || (p.Status == PlacementStatus.Ended && p.PostLvuFollowUpDueAt != null && p.PostLvuFollowUpEndedOn == null)), user)
            .ToListAsync(cancellationToken);
        var homes = await db.FosterHomes.Where(h => h.Unit == null || user.IsInRole(PlacementsAccess.DepartmentWideRoles) || h.Unit == user.Unit).ToListAsync(cancellationToken);
        var recordCheckPeriod = PlacementSettings.RecordCheckPeriod(settings, today);
        var items = placements
            .SelectMany(p => p.OpenDuties(visitPeriod).Select(d => new WorkItem(p.Id, null, p.ChildId, p.Unit, d.View(now))))
            .Concat(homes.Select(h => new WorkItem(null, h.Id, null, h.Unit, h.RecordCheckDuty(recordCheckPeriod).View(now))))
            .OrderBy(i => i.Duty.DueAt)
            .ThenBy(i => i.PlacementId ?? i.FosterHomeId)
            .ToList();
        var shown = items.Take(MaxItems).ToList();
        await log.ShownAsync(AccessAction.List, PlacementsAccess.PlacementRecord, shown.Where(i => i.PlacementId is not null).Select(i => i.PlacementId!.Value).Distinct(), cancellationToken);
        return Results.Ok(new WorklistResponse(shown, items.Count > MaxItems));
    }

    private static IQueryable<Placement> ForUnit(IQueryable<Placement> placements, CurrentUser user)
    {
        if (user.IsInRole(PlacementsAccess.DepartmentWideRoles))
        {
            return placements;
        }

        var unit = user.Unit;
        return unit is null ? placements.Where(p => p.Unit == null) : placements.Where(p => p.Unit == unit || p.Unit == null);
    }
}
