using Quality.Domain.Indicators;

namespace Quality.Domain.Facts;

/// <summary>An assessment (förhandsbedömning): opened, and decided against its statutory date with or without delegation.</summary>
internal sealed class AssessmentFact : ICaseFact
{
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public Guid ChildId { get; set; }

    public string? Unit { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public bool IsStatutory { get; set; }

    public bool WithinStatutoryDeadline { get; set; }

    public bool DelegationValid { get; set; }

    public Guid CaseId => Id;

    public string Subject => IndicatorCatalogue.Assessment;

    public IEnumerable<Contribution> Contributions(ChildFact? child)
    {
        var dimensions = ChildFact.Dimensions(child, Unit);
        if (OpenedAt is { } opened)
        {
            yield return dimensions.Count(IndicatorCatalogue.AssessmentsOpened, opened);
        }

        if (DecidedAt is not { } decided)
        {
            yield break;
        }

        if (IsStatutory)
        {
            yield return dimensions.Share(IndicatorCatalogue.AssessmentsWithin14Days, decided, WithinStatutoryDeadline ? 1 : 0);
            yield return dimensions.Share(IndicatorCatalogue.AssessmentsLate, decided, WithinStatutoryDeadline ? 0 : 1);
        }

        yield return dimensions.Share(IndicatorCatalogue.DecisionsWithoutDelegation, decided, DelegationValid ? 0 : 1);
    }
}
