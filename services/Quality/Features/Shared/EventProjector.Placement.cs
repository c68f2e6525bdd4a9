using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Investigation;
using Platform.Contracts.Placements;
using Quality.Domain.Facts;

namespace Quality.Features.Shared;

internal sealed partial class EventProjector
{
    private async Task<IReadOnlyList<ICaseFact>> ApplyAsync(PlacementDecided e, CancellationToken cancellationToken)
    {
        var placement = await PlacementAsync(e.InterventionId, cancellationToken);
        placement.ChildId = e.ChildId;
        placement.Unit = e.Unit;
        placement.PlacementType = e.PlacementType;
        await LearnChildAsync(e.ChildId, e.ChildGender, e.ChildBirthYearMonth, cancellationToken);
        return [placement];
    }

    private async Task<IReadOnlyList<ICaseFact>> ApplyAsync(PlacementStarted e, CancellationToken cancellationToken)
    {
        var placement = await PlacementAsync(e.InterventionId, cancellationToken);
        placement.PlacementId = e.PlacementId;
        placement.ChildId = e.ChildId;
        placement.PlacementType = e.PlacementType;
        placement.StartedOn = e.StartedOn;
        return [placement];
    }

    private async Task<IReadOnlyList<ICaseFact>> ApplyAsync(PlacementEnded e, CancellationToken cancellationToken)
    {
        var placement = await StartedPlacementAsync(e.PlacementId, cancellationToken);
        placement.EndedOn = e.EndedOn;
        placement.Unplanned = e.Ending == PlacementEnding.Unplanned;
        return [placement];
    }

    private async Task<IReadOnlyList<ICaseFact>> ApplyAsync(PlacementReviewed e, CancellationToken cancellationToken)
    {
        var placement = await StartedPlacementAsync(e.PlacementId, cancellationToken);
        placement.ReviewedOn = PlacementFact.With(placement.ReviewedOn, e.MeetingDate);
        return [placement];
    }

    private async Task<IReadOnlyList<ICaseFact>> ApplyAsync(PlacementVisitRecorded e, CancellationToken cancellationToken)
    {
        var placement = await StartedPlacementAsync(e.PlacementId, cancellationToken);
        placement.VisitedOn = PlacementFact.With(placement.VisitedOn, e.VisitedOn);
        return [placement];
    }

    private async Task<IReadOnlyList<ICaseFact>> ApplyAsync(CustodyTransferConsidered e, CancellationToken cancellationToken)
    {
        var placement = await StartedPlacementAsync(e.PlacementId, cancellationToken);
        placement.CustodyConsideredOn = PlacementFact.With(placement.CustodyConsideredOn, e.ConsideredOn);
        return [placement];
    }

    /// <summary>Events after the start name the placement only; they follow its start, which the placements service published first.</summary>
    private async Task<PlacementFact> StartedPlacementAsync(Guid placementId, CancellationToken cancellationToken) =>
        db.Placements.Local.FirstOrDefault(p => p.PlacementId == placementId)
            ?? await db.Placements.SingleOrDefaultAsync(p => p.PlacementId == placementId, cancellationToken)
            ?? throw new InvalidOperationException("A placement's event came before quality heard that it started; the message is redelivered.");

    private Task<PlacementFact> PlacementAsync(Guid interventionId, CancellationToken cancellationToken) =>
        FactAsync(interventionId, () => new PlacementFact { Id = interventionId }, cancellationToken);
}
