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
        return [placement, .. await LearnChildAsync(e.ChildId, e.ChildGender, e.ChildBirthYearMonth, cancellationToken)];
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

    /// <summary>An ending names the placement only; it follows its start, which the placements service published first.</summary>
    private async Task<IReadOnlyList<ICaseFact>> ApplyAsync(PlacementEnded e, CancellationToken cancellationToken)
    {
        var placement = db.Placements.Local.FirstOrDefault(p => p.PlacementId == e.PlacementId)
            ?? await db.Placements.SingleOrDefaultAsync(p => p.PlacementId == e.PlacementId, cancellationToken)
            ?? throw new InvalidOperationException("A placement ended before quality heard that it started; the message is redelivered.");
        placement.EndedOn = e.EndedOn;
        placement.Unplanned = e.Ending == PlacementEnding.Unplanned;
        return [placement];
    }

    private Task<PlacementFact> PlacementAsync(Guid interventionId, CancellationToken cancellationToken) =>
        FactAsync(interventionId, () => new PlacementFact { Id = interventionId }, cancellationToken);
}
