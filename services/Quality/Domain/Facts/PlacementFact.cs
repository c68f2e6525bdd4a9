using Platform.Contracts.Investigation;
using Platform.ServiceDefaults.Problems;
using Quality.Domain.Indicators;

namespace Quality.Domain.Facts;

/// <summary>A placement, known from its decision (by intervention id) until it starts and ends (by placement id).</summary>
internal sealed partial class PlacementFact : ICaseFact
{
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public Guid? PlacementId { get; set; }

    public Guid ChildId { get; set; }

    public string? Unit { get; set; }

    public PlacementType PlacementType { get; set; }

    public DateOnly? StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public bool Unplanned { get; set; }

    public Guid CaseId => PlacementId ?? Id;

    public string Subject => IndicatorCatalogue.Placement;

    public IEnumerable<Contribution> Contributions(ChildFact? child)
    {
        if (StartedOn is not { } started)
        {
            yield break;
        }

        var dimensions = ChildFact.Dimensions(child, Unit);
        var type = KebabEnum.Name(PlacementType);
        yield return dimensions.On(IndicatorCatalogue.PlacementsStarted, started, 1, 0, type);
        if (EndedOn is { } ended)
        {
            yield return dimensions.On(IndicatorCatalogue.PlacementsEnded, ended, 1, 0, type, ageOn: started);
            yield return dimensions.On(IndicatorCatalogue.PlacementLengthDays, ended, ended.DayNumber - started.DayNumber, 1, type);
            yield return dimensions.On(IndicatorCatalogue.UnplannedEndings, ended, Unplanned ? 1 : 0, 1, type);
        }

        foreach (var duty in DutyContributions(dimensions, started, type))
        {
            yield return duty;
        }
    }
}
