using Platform.BuildingBlocks.Persistence;
using Quality.Domain.Indicators;

namespace Quality.Domain.Facts;

/// <summary>
/// What the service knows of one case from the events so far. Its contributions are derived from it alone (and
/// the child's gender and birth month), so an event arriving late or out of order only changes what it adds.
/// </summary>
internal interface ICaseFact : ITenantOwned
{
    Guid Id { get; }

    string? Unit { get; }

    /// <summary>The id the drill-down shows: the report, assessment, investigation, intervention or placement.</summary>
    Guid CaseId { get; }

    Guid ChildId { get; }

    /// <summary>The record type the drill-down and the access log name (<see cref="IndicatorCatalogue"/>).</summary>
    string Subject { get; }

    IEnumerable<Contribution> Contributions(ChildFact? child);
}
