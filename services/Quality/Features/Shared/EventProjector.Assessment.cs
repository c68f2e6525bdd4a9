using Platform.Contracts.Assessment;
using Quality.Domain.Facts;

namespace Quality.Features.Shared;

internal sealed partial class EventProjector
{
    private async Task<IReadOnlyList<ICaseFact>> ApplyAsync(AssessmentOpened e, CancellationToken cancellationToken)
    {
        var assessment = await AssessmentAsync(e.AssessmentId, cancellationToken);
        assessment.ChildId = e.ChildId;
        assessment.Unit = e.Unit;
        assessment.OpenedAt = e.OccurredAt.ToUniversalTime();
        await LearnChildAsync(e.ChildId, e.ChildGender, e.ChildBirthYearMonth, cancellationToken);
        return [assessment];
    }

    /// <summary>Lateness is counted against the statutory date, never an extended one (DOMAIN.md §2.2).</summary>
    private async Task<IReadOnlyList<ICaseFact>> ApplyAsync(AssessmentDecided e, CancellationToken cancellationToken)
    {
        var assessment = await AssessmentAsync(e.AssessmentId, cancellationToken);
        assessment.ChildId = e.ChildId;
        assessment.Unit = e.Unit ?? assessment.Unit;
        assessment.DecidedAt = e.DecidedAt.ToUniversalTime();
        assessment.IsStatutory = e.IsStatutory;
        assessment.WithinStatutoryDeadline = e.WithinStatutoryDeadline
            ?? (e.StatutoryDueAt is { } statutory ? e.DecidedAt <= statutory : e.WithinDeadline && !e.WasExtended);
        assessment.DelegationValid = e.DelegationValid;
        return [assessment];
    }

    private Task<AssessmentFact> AssessmentAsync(Guid id, CancellationToken cancellationToken) =>
        FactAsync(id, () => new AssessmentFact { Id = id }, cancellationToken);
}
