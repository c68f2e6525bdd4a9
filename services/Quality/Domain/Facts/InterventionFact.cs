using Platform.Contracts;
using Platform.Rules;
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

    public DateTimeOffset? DecidedAt { get; set; }

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

        foreach (var pending in NotExecutedContributions(dimensions))
        {
            yield return pending;
        }
    }

    /// <summary>
    /// Awaiting execution from the decision's day until the day it was executed or ended unexecuted; overdue from
    /// the day after the 3 months of rule <c>non-executed-decision</c> (16 kap. 6 f § SoL) while still awaiting.
    /// </summary>
    private IEnumerable<Contribution> NotExecutedContributions(CaseDimensions dimensions)
    {
        if (DecidedAt is not { } decided)
        {
            return [];
        }

        var spells = DutySchedule.OverdueSpells(RuleIds.NonExecutedDecision, decided, StartedOn is { } started ? [started] : [], EndedUnexecutedOn);
        return ShareAtEnd.Contributions(
            dimensions,
            IndicatorCatalogue.Get(IndicatorCatalogue.InterventionsNotExecuted),
            StockholmCalendar.LocalDate(decided),
            StartedOn ?? EndedUnexecutedOn,
            spells);
    }
}
