using Platform.Rules;
using Quality.Domain.Indicators;

namespace Quality.Domain.Facts;

/// <summary>An investigation: opened, concluded against its statutory date, and whether an intervention started by then.</summary>
internal sealed class InvestigationFact : ICaseFact
{
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public Guid ChildId { get; set; }

    public string? Unit { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }

    public bool HasViolenceConcern { get; set; }

    public DateTimeOffset? ConcludedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public bool WithinStatutoryDeadline { get; set; }

    public int DaysTaken { get; set; }

    public DateOnly? FirstInterventionStartedOn { get; set; }

    public Guid CaseId => Id;

    public string Subject => IndicatorCatalogue.Investigation;

    public IEnumerable<Contribution> Contributions(ChildFact? child)
    {
        var dimensions = ChildFact.Dimensions(child, Unit);
        if (OpenedAt is not { } opened)
        {
            yield break;
        }

        yield return dimensions.Count(IndicatorCatalogue.InvestigationsOpened, opened);
        if ((ConcludedAt ?? ClosedAt) is { } ended)
        {
            yield return dimensions.On(IndicatorCatalogue.InvestigationsEnded, StockholmCalendar.LocalDate(ended), 1, 0, ageOn: StockholmCalendar.LocalDate(opened));
        }

        if (ConcludedAt is not { } concluded)
        {
            yield break;
        }

        yield return dimensions.Share(IndicatorCatalogue.InvestigationsWithin4Months, concluded, WithinStatutoryDeadline ? 1 : 0);
        yield return dimensions.Share(IndicatorCatalogue.InvestigationDays0To90, concluded, IndicatorMeasures.InvestigationWithin90Days.Contains(DaysTaken) ? 1 : 0);
        yield return dimensions.Share(IndicatorCatalogue.InvestigationDays91To123, concluded, IndicatorMeasures.InvestigationWithin91To123Days.Contains(DaysTaken) ? 1 : 0);
        yield return dimensions.Share(IndicatorCatalogue.InvestigationDaysOver123, concluded, IndicatorMeasures.InvestigationOver123Days.Contains(DaysTaken) ? 1 : 0);
        if (HasViolenceConcern)
        {
            var startedInTime = FirstInterventionStartedOn is { } started && started <= StockholmCalendar.LocalDate(concluded);
            yield return dimensions.Share(IndicatorCatalogue.ViolenceInterventionDuringInvestigation, concluded, startedInTime ? 1 : 0);
        }
    }
}
