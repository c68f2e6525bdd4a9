using Platform.Contracts;
using Platform.Contracts.Investigation;
using Platform.Rules;
using Quality.Domain.Indicators;

namespace Quality.Domain.Facts;

/// <summary>
/// The placement's recurring duties as the placements service records them, and when each was overdue under the
/// rule catalogue: the review and the visit for every placement, the custody-transfer consideration for a family home.
/// </summary>
internal sealed partial class PlacementFact
{
    public List<DateOnly> ReviewedOn { get; set; } = [];

    public List<DateOnly> VisitedOn { get; set; } = [];

    public List<DateOnly> CustodyConsideredOn { get; set; } = [];

    /// <summary>As the placements service decides who owes a custody-transfer consideration (6 kap. 8 § SoL).</summary>
    public bool IsFamilyHome => PlacementType is PlacementType.FosterHomeOwn or PlacementType.FosterHomeConsultant or PlacementType.NetworkHome;

    /// <summary>Visits are counted against the catalogue's period: a municipality's tighter one is not in the events.</summary>
    private IEnumerable<Contribution> DutyContributions(CaseDimensions dimensions, DateOnly started, string type)
    {
        var duties = new List<(string Indicator, string Rule, List<DateOnly> Done)>
        {
            (IndicatorCatalogue.ReviewsOverdue, RuleIds.PlacementReview, ReviewedOn),
            (IndicatorCatalogue.VisitsOverdue, RuleIds.PlacementVisit, VisitedOn),
        };
        if (IsFamilyHome)
        {
            duties.Add((IndicatorCatalogue.CustodyConsiderationsOverdue, RuleIds.CustodyTransferConsideration, CustodyConsideredOn));
        }

        var start = StockholmCalendar.StartOf(started);
        return duties.SelectMany(d => ShareAtEnd.Contributions(
            dimensions,
            IndicatorCatalogue.Get(d.Indicator),
            started,
            EndedOn,
            DutySchedule.OverdueSpells(d.Rule, start, d.Done, EndedOn),
            type));
    }

    /// <summary>Keeps a day a duty was done; a redelivered or replayed event adds nothing twice.</summary>
    public static List<DateOnly> With(List<DateOnly> days, DateOnly day) => days.Contains(day) ? days : [.. days, day];
}
