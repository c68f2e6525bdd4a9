using Platform.Contracts;
using Platform.Contracts.Assessment;
using Platform.Contracts.Delegation;
using Platform.Contracts.Investigation;
using Platform.Contracts.Placements;
using Platform.Rules;

namespace Quality.Tests.Infrastructure;

/// <summary>The events that show a placement's duties done and a favourable decision awaiting execution, as the tests need them.</summary>
internal sealed class DutyEvents(string municipality, string unit)
{
    private readonly Dictionary<Guid, Guid> _investigations = [];

    public List<IIntegrationEvent> All { get; } = [];

    public Guid Placement(Guid childId, LegalGender gender, string birthYearMonth, DateOnly startedOn, PlacementType type = PlacementType.Hvb)
    {
        var (intervention, placement) = (Guid.NewGuid(), Guid.NewGuid());
        var at = At(startedOn);
        All.Add(new PlacementDecided
        {
            EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = at, InvestigationId = Guid.NewGuid(), ChildId = childId,
            InterventionId = intervention, PlacementType = type, LegalBasis = LegalBasis.Sol, DecidedAt = at, LongTermCare = false,
            Decision = DecisionType.DecidePlacement, DelegationBasis = DelegationBasis.DelegationOrder, ChildGender = gender,
            ChildBirthYearMonth = birthYearMonth, Unit = unit,
        });
        All.Add(new PlacementStarted
        {
            EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = at, PlacementId = placement, InterventionId = intervention,
            ChildId = childId, PlacementType = type, StartedOn = startedOn,
        });
        return placement;
    }

    public void Reviewed(Guid placement, Guid childId, DateOnly on) => All.Add(new PlacementReviewed
    {
        EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = At(on), PlacementId = placement, ChildId = childId,
        Kind = ReviewKind.SolConsideration, MeetingDate = on, CareContinues = true, NextDueAt = At(on.AddMonths(6)),
    });

    public void Visited(Guid placement, Guid childId, DateOnly on) => All.Add(new PlacementVisitRecorded
    {
        EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = At(on), PlacementId = placement, ChildId = childId,
        VisitedOn = on, IndividualConversation = true, NextDueAt = At(on.AddMonths(3)),
    });

    public void CustodyConsidered(Guid placement, Guid childId, DateOnly on) => All.Add(new CustodyTransferConsidered
    {
        EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = At(on), PlacementId = placement, ChildId = childId,
        ConsideredOn = on, NextDueAt = At(on.AddMonths(12)),
    });

    public void Ended(Guid placement, Guid childId, DateOnly on) => All.Add(new PlacementEnded
    {
        EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = At(on), PlacementId = placement, ChildId = childId,
        EndedOn = on, Ending = PlacementEnding.Planned, Reason = default,
    });

    public Guid Decided(Guid childId, DateOnly on)
    {
        var id = Guid.NewGuid();
        _investigations[id] = Guid.NewGuid();
        All.Add(new InterventionDecided
        {
            EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = At(on), InvestigationId = _investigations[id], ChildId = childId,
            InterventionId = id, Kind = InterventionKind.OpenCare, OpenCareType = OpenCareType.ContactPerson, LegalBasis = LegalBasis.Sol,
            DecidedAt = At(on), NotExecutedAt = At(on.AddMonths(3)), Decision = DecisionType.DecideOpenCare, DeciderRole = "enhetschef",
        });
        return id;
    }

    public void Executed(Guid intervention, Guid childId, DateOnly on) => All.Add(new InterventionStarted
    {
        EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = At(on), InvestigationId = _investigations[intervention], ChildId = childId,
        InterventionId = intervention, StartedOn = on, StartedLate = false,
    });

    public void EndedUnexecuted(Guid intervention, Guid childId, DateOnly on) => All.Add(new InterventionEndedUnexecuted
    {
        EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = At(on), InvestigationId = _investigations[intervention], ChildId = childId,
        InterventionId = intervention, EndedOn = on, Reason = default,
    });

    /// <summary>Ten in the morning, local time, of the day.</summary>
    private static DateTimeOffset At(DateOnly day) => StockholmCalendar.StartOf(day).AddHours(10);
}
