using Microsoft.EntityFrameworkCore;
using Placements.Access;
using Placements.Data;
using Placements.Features.Shared;
using Platform.BuildingBlocks.AccessLog;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.GetPlacement;

/// <summary><c>GET /placements/{id}</c>, and <c>GET /placements?interventionId=</c>: the placements of one decision (a move makes several), in the caller's unit.</summary>
internal static class GetPlacementEndpoints
{
    public static RouteGroupBuilder MapGetPlacement(this RouteGroupBuilder group)
    {
        group.MapGet("/placements/{id:guid}", GetAsync).Produces<PlacementDetails>().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static RouteGroupBuilder MapListPlacements(this RouteGroupBuilder group)
    {
        group.MapGet("/placements", ListAsync).Produces<PlacementDetails[]>();
        return group;
    }

    private static async Task<IResult> GetAsync(Guid id, PlacementsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return placement is null ? Problems.NotFound("The placement") : Results.Ok(await db.ShowAsync(placement, time.GetUtcNow(), cancellationToken));
    }

    private static async Task<IResult> ListAsync(
        Guid? interventionId, PlacementsDbContext db, CurrentUser user, AccessLogWriter log, TimeProvider time, CancellationToken cancellationToken)
    {
        if (interventionId is not { } intervention)
        {
            return new ValidationErrors().Add("interventionId", "Required: the placement decision's id.").ToProblem();
        }

        var now = time.GetUtcNow();
        var placements = (await db.Placements.Where(p => p.InterventionId == intervention).OrderBy(p => p.Id).ToListAsync(cancellationToken))
            .Where(p => user.WorksOnUnit(p.Unit))
            .ToList();
        var shown = new List<PlacementDetails>();
        foreach (var placement in placements)
        {
            shown.Add(await db.ShowAsync(placement, now, cancellationToken));
        }

        await log.ShownAsync(AccessAction.List, PlacementsAccess.PlacementRecord, shown.Select(p => p.PlacementId), cancellationToken);
        return Results.Ok(shown);
    }
}
