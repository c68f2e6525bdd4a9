using Microsoft.EntityFrameworkCore;
using Placements.Access;
using Placements.Data;
using Placements.Features.GetPlacement;
using Platform.BuildingBlocks.Idempotency;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.Shared;

/// <summary>
/// The route every write on a placement takes, <c>POST /placements/{id}/{action}</c>: load the placement (404),
/// refuse whom the write is not for (403), read the body (400), then hand the write to the feature, which
/// checks it (400, 409), changes the placement and saves, answering the placement as it is then.
/// </summary>
internal static class PlacementWriteRoutes
{
    public static RouteGroupBuilder MapPlacementWrite<TRequest>(
        this RouteGroupBuilder group, string action, Func<PlacementWrite<TRequest>, Task<IResult>> write,
        int successStatusCode = StatusCodes.Status200OK, Func<CurrentUser, IResult?>? refuse = null)
        where TRequest : class
    {
        group.MapPost($"/placements/{{id:guid}}/{action}",
                (Guid id, HttpRequest http, PlacementsDbContext db, CurrentUser user, TimeProvider time, RegionalPublisher region, CancellationToken cancellationToken) =>
                    WriteAsync(id, http, db, user, time, region, write, refuse ?? PlacementsAccess.RefuseUnlessCaseworker, cancellationToken))
            .DocumentsJsonWrite<TRequest, PlacementDetails>(successStatusCode, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .AcceptsIdempotencyKey();
        return group;
    }

    private static async Task<IResult> WriteAsync<TRequest>(
        Guid id, HttpRequest http, PlacementsDbContext db, CurrentUser user, TimeProvider time, RegionalPublisher region,
        Func<PlacementWrite<TRequest>, Task<IResult>> write, Func<CurrentUser, IResult?> refuse, CancellationToken cancellationToken)
        where TRequest : class
    {
        var placement = await db.Placements.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (placement is null)
        {
            return Problems.NotFound("The placement");
        }

        if (refuse(user) is { } refused)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<TRequest>(http, errors, cancellationToken);
        return request is null
            ? errors.ToProblem()
            : await write(new PlacementWrite<TRequest>(placement, request, time.GetUtcNow(), errors, db, user, region, cancellationToken));
    }
}
