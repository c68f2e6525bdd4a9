using Placements.Domain.Placements;
using Placements.Features.Shared;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts.Placements;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.EndPlacement;

/// <summary>The body of <c>POST /placements/{id}/end</c>.</summary>
internal sealed record EndPlacementRequest(DateOnly? EndedOn, string? Ending, string? Reason);

/// <summary>
/// Ends a placement, planned (with its reason) or unplanned (a breakdown, with the breakdown's reason).
/// When LVU care ends for a child under 18, the follow-up of lex lilla hjärtat becomes a duty.
/// </summary>
internal static class EndPlacementEndpoint
{
    private static readonly PlacementEndReason[] Planned =
        [PlacementEndReason.GoalReached, PlacementEndReason.MovedHome, PlacementEndReason.CameOfAge, PlacementEndReason.MovedToAnotherPlacement, PlacementEndReason.OtherPlanned];

    public static RouteGroupBuilder MapEndPlacement(this RouteGroupBuilder group) =>
        group.MapPlacementWrite<EndPlacementRequest>("end", EndAsync);

    private static async Task<IResult> EndAsync(PlacementWrite<EndPlacementRequest> write)
    {
        var (placement, request, now, errors, db, _, region, cancellationToken) = write;
        PlacementWork.CheckDay(request.EndedOn, "endedOn", placement, now, errors);
        var ending = KebabEnum.Require<PlacementEnding>(request.Ending, "ending", errors);
        var reason = KebabEnum.Require<PlacementEndReason>(request.Reason, "reason", errors);
        if (ending is { } e && reason is { } r && Planned.Contains(r) != (e == PlacementEnding.Planned))
        {
            errors.Add("reason", e == PlacementEnding.Planned
                ? "A planned ending's reason is one of: goal-reached, moved-home, came-of-age, moved-to-another-placement, other-planned."
                : "An unplanned ending (sammanbrott) names the breakdown: home-ended-it, provider-ended-it, child-left, needs-not-met, other-breakdown.");
        }

        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (placement.Status != PlacementStatus.Started)
        {
            return Problems.Conflict("Only a started placement that has not ended can end.");
        }

        placement.End(request.EndedOn!.Value, ending!.Value, reason!.Value, now);
        db.AddEvent(PlacementEvents.Ended(placement, now));
        await region.QueueAsync(placement, now, cancellationToken);
        return await db.SaveAndShowAsync(placement, now, cancellationToken);
    }
}
