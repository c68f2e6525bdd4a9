using Microsoft.EntityFrameworkCore;
using Placements.Data;
using Placements.Domain.FollowUp;
using Placements.Domain.Placements;
using Placements.Domain.Regional;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts.Placements;

namespace Placements.Features.Shared;

/// <summary>
/// Puts the de-identified record of a started placement in the outbox, in the same save as the change,
/// so the region hears of every change (DOMAIN.md §2.6). Only the fields the region may have leave:
/// the key, birth year, gender, type, basis, provider, months, ending and the averaged scores.
/// </summary>
internal sealed class RegionalPublisher(PlacementsDbContext db, PseudonymousKeys keys)
{
    public async Task QueueAsync(Placement placement, DateTimeOffset now, CancellationToken cancellationToken, IReadOnlyList<IndicatorAnswer>? pending = null)
    {
        if (placement.StartedOn is not { } startedOn)
        {
            return;
        }

        db.AddEvent(Record(placement, startedOn, await ScoresAsync(placement.Id, pending ?? [], cancellationToken), now));
    }

    public RegionalPlacementRecord Record(Placement placement, DateOnly startedOn, IndicatorScores? scores, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        TenantId = placement.TenantId,
        OccurredAt = now,
        Key = keys.KeyOf(placement.TenantId, placement.Id),
        Version = placement.Version,
        BirthYear = placement.ChildBirthYear,
        Gender = placement.ChildGender,
        PlacementType = placement.Type,
        LegalBasis = placement.LegalBasis,
        ProviderOrganisationNumber = placement.ProviderOrganisationNumber,
        StartMonth = startedOn.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        EndMonth = placement.EndedOn?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        Ending = placement.Ending,
        EndReason = placement.EndReason,
        Scores = scores,
    };

    private async Task<IndicatorScores?> ScoresAsync(Guid placementId, IReadOnlyList<IndicatorAnswer> pending, CancellationToken cancellationToken)
    {
        var saved = await db.IndicatorAnswers
            .Join(db.Dialogues.Where(d => d.PlacementId == placementId), a => a.DialogueId, d => d.Id, (a, _) => a)
            .ToListAsync(cancellationToken);
        var answers = saved.Concat(pending).ToList();
        if (answers.Count == 0)
        {
            return null;
        }

        decimal? Average(Indicator indicator) =>
            answers.Where(a => a.Indicator == indicator).Select(a => (decimal?)a.Rating).Average() is { } average ? Math.Round(average, 2) : null;
        return new IndicatorScores
        {
            PlanInPlace = Average(Indicator.PlanInPlace),
            SchoolOrOccupation = Average(Indicator.SchoolOrOccupation),
            WellBeing = Average(Indicator.WellBeing),
            Safety = Average(Indicator.Safety),
            TreatmentByStaff = Average(Indicator.TreatmentByStaff),
            Participation = Average(Indicator.Participation),
        };
    }
}
