using Platform.Contracts.Investigation;
using Quality.Domain.Facts;

namespace Quality.Features.Shared;

internal sealed partial class EventProjector
{
    private async Task<IReadOnlyList<ICaseFact>> ApplyAsync(InvestigationOpened e, CancellationToken cancellationToken)
    {
        var investigation = await InvestigationAsync(e.InvestigationId, cancellationToken);
        investigation.ChildId = e.ChildId;
        investigation.Unit = e.Unit;
        investigation.OpenedAt = e.OpenedAt.ToUniversalTime();
        investigation.HasViolenceConcern = e.HasViolenceConcern;
        return [investigation];
    }

    private async Task<IReadOnlyList<ICaseFact>> ApplyAsync(InvestigationConcluded e, CancellationToken cancellationToken)
    {
        var investigation = await InvestigationAsync(e.InvestigationId, cancellationToken);
        investigation.ChildId = e.ChildId;
        investigation.Unit = e.Unit ?? investigation.Unit;
        investigation.ConcludedAt = e.ConcludedAt.ToUniversalTime();
        investigation.WithinStatutoryDeadline = e.WithinStatutoryDeadline;
        investigation.DaysTaken = e.DaysTaken;
        return [investigation];
    }

    private async Task<IReadOnlyList<ICaseFact>> ApplyAsync(InvestigationClosed e, CancellationToken cancellationToken)
    {
        var investigation = await InvestigationAsync(e.InvestigationId, cancellationToken);
        investigation.ChildId = e.ChildId;
        investigation.ClosedAt = e.ClosedAt.ToUniversalTime();
        return [investigation];
    }

    private async Task<IReadOnlyList<ICaseFact>> ApplyAsync(InterventionDecided e, CancellationToken cancellationToken)
    {
        var intervention = await InterventionAsync(e.InterventionId, cancellationToken);
        intervention.ChildId = e.ChildId;
        intervention.InvestigationId = e.InvestigationId;
        intervention.DecidedAt = e.DecidedAt.ToUniversalTime();
        intervention.Unit = (await rows.FindAsync<InvestigationFact>(e.InvestigationId, cancellationToken))?.Unit ?? intervention.Unit;
        return [intervention];
    }

    /// <summary>The first start also tells the investigation whether an intervention began before its conclusion.</summary>
    private async Task<IReadOnlyList<ICaseFact>> ApplyAsync(InterventionStarted e, CancellationToken cancellationToken)
    {
        var intervention = await InterventionAsync(e.InterventionId, cancellationToken);
        intervention.ChildId = e.ChildId;
        intervention.InvestigationId = e.InvestigationId;
        intervention.StartedOn = e.StartedOn;
        intervention.StartedLate = e.StartedLate;
        var investigation = await InvestigationAsync(e.InvestigationId, cancellationToken);
        investigation.ChildId = e.ChildId;
        if (investigation.FirstInterventionStartedOn is not { } first || e.StartedOn < first)
        {
            investigation.FirstInterventionStartedOn = e.StartedOn;
        }

        intervention.Unit ??= investigation.Unit;
        return [intervention, investigation];
    }

    private async Task<IReadOnlyList<ICaseFact>> ApplyAsync(InterventionEndedUnexecuted e, CancellationToken cancellationToken)
    {
        var intervention = await InterventionAsync(e.InterventionId, cancellationToken);
        intervention.ChildId = e.ChildId;
        intervention.InvestigationId = e.InvestigationId;
        intervention.EndedUnexecutedOn = e.EndedOn;
        return [intervention];
    }

    private Task<InvestigationFact> InvestigationAsync(Guid id, CancellationToken cancellationToken) =>
        FactAsync(id, () => new InvestigationFact { Id = id }, cancellationToken);

    private Task<InterventionFact> InterventionAsync(Guid id, CancellationToken cancellationToken) =>
        FactAsync(id, () => new InterventionFact { Id = id }, cancellationToken);
}
