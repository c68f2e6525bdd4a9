using Placements.Domain.Placements;
using Placements.Features.Shared;
using Platform.BuildingBlocks.Messaging;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.StartPlacement;

/// <summary>The body of <c>POST /placements/{id}/start</c>.</summary>
internal sealed record StartPlacementRequest(DateOnly? StartedOn, string? ProviderOrganisationNumber, Guid? FosterHomeId, decimal? CostPerDay);

/// <summary>
/// Starts a decided placement on the recorded day, in its home or with its provider, at its cost per day;
/// publishes <c>PlacementStarted</c> and the region's record. The recurring duties count from the start.
/// </summary>
internal static class StartPlacementEndpoint
{
    public static RouteGroupBuilder MapStartPlacement(this RouteGroupBuilder group) =>
        group.MapPlacementWrite<StartPlacementRequest>("start", StartAsync);

    private static async Task<IResult> StartAsync(PlacementWrite<StartPlacementRequest> write)
    {
        var (placement, request, now, errors, db, _, region, cancellationToken) = write;
        PlacementWork.CheckDay(request.StartedOn, "startedOn", placement, now, errors);
        errors.Require(request.StartedOn is not { } day || Platform.Rules.StockholmCalendar.StartOf(day.AddDays(1)) > placement.DecidedAt,
            "startedOn", "Cannot be earlier than the day the placement was decided.");
        var home = await HomeValidation.ValidateAsync(db, placement.Type, request.ProviderOrganisationNumber, request.FosterHomeId, request.CostPerDay, errors, cancellationToken);
        if (home is null || !errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (placement.Status != PlacementStatus.Decided)
        {
            return Problems.Conflict($"The placement has already started ({placement.StartedOn:yyyy-MM-dd}); a move to another home is POST /placements/{placement.Id}/move.");
        }

        placement.Start(request.StartedOn!.Value, home, now);
        db.AddEvent(PlacementEvents.Started(placement, now));
        await region.QueueAsync(placement, now, cancellationToken);
        return await db.SaveAndShowAsync(placement, now, cancellationToken);
    }
}
