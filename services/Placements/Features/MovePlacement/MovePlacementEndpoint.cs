using Placements.Domain.Placements;
using Placements.Features.Shared;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts.Investigation;
using Platform.Contracts.Placements;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.MovePlacement;

/// <summary>The body of <c>POST /placements/{id}/move</c>: the day of the move and the new home; the type when it changes.</summary>
internal sealed record MovePlacementRequest(DateOnly? MovedOn, string? PlacementType, string? ProviderOrganisationNumber, Guid? FosterHomeId, decimal? CostPerDay);

/// <summary>
/// A move to another home under the same decision: the placement ends (planned, moved to another placement)
/// the day before, and a new one starts on the day, with its own duties counted from it (a new foster home
/// starts the two years of the custody-transfer consideration anew). Answers the new placement.
/// </summary>
internal static class MovePlacementEndpoint
{
    public static RouteGroupBuilder MapMovePlacement(this RouteGroupBuilder group) =>
        group.MapPlacementWrite<MovePlacementRequest>("move", MoveAsync, StatusCodes.Status201Created);

    private static async Task<IResult> MoveAsync(PlacementWrite<MovePlacementRequest> write)
    {
        var (placement, request, now, errors, db, _, region, cancellationToken) = write;
        PlacementWork.CheckDay(request.MovedOn, "movedOn", placement, now, errors);
        errors.Require(request.MovedOn != placement.StartedOn, "movedOn", "A move is at least a day after the start.");
        var type = request.PlacementType is null ? placement.Type : KebabEnum.Require<PlacementType>(request.PlacementType, "placementType", errors);
        var home = type is { } t ? await HomeValidation.ValidateAsync(db, t, request.ProviderOrganisationNumber, request.FosterHomeId, request.CostPerDay, errors, cancellationToken) : null;
        if (home is null || !errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (placement.Status != PlacementStatus.Started)
        {
            return Problems.Conflict("Only a started placement that has not ended can move to another home.");
        }

        var movedOn = request.MovedOn!.Value;
        placement.End(movedOn.AddDays(-1), PlacementEnding.Planned, PlacementEndReason.MovedToAnotherPlacement, now);
        var next = placement.MovedTo(movedOn, home, type!.Value, now);
        db.Placements.Add(next);
        db.AddEvent(PlacementEvents.Ended(placement, now));
        db.AddEvent(PlacementEvents.Started(next, now));
        await region.QueueAsync(placement, now, cancellationToken);
        await region.QueueAsync(next, now, cancellationToken);
        return await db.SaveAndShowAsync(next, now, cancellationToken, created: true);
    }
}
