using Quality.Domain.Indicators;

namespace Quality.Domain.Facts;

/// <summary>A favourable decision (insats): executed in time or late, or ended without execution (16 kap 6 f § SoL).</summary>
internal sealed class InterventionFact : ICaseFact
{
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public Guid ChildId { get; set; }

    public Guid InvestigationId { get; set; }

    public string? Unit { get; set; }

    public DateOnly? StartedOn { get; set; }

    public bool StartedLate { get; set; }

    public DateOnly? EndedUnexecutedOn { get; set; }

    public Guid CaseId => Id;

    public string Subject => IndicatorCatalogue.Intervention;

    public IEnumerable<Contribution> Contributions(ChildFact? child)
    {
        var dimensions = ChildFact.Dimensions(child, Unit);
        if (StartedOn is { } started)
        {
            yield return dimensions.On(IndicatorCatalogue.InterventionsStartedLate, started, StartedLate ? 1 : 0, 1);
        }

        if (EndedUnexecutedOn is { } ended)
        {
            yield return dimensions.On(IndicatorCatalogue.InterventionsEndedUnexecuted, ended, 1, 0);
        }
    }
}
