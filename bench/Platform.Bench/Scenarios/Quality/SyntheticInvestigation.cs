using Platform.Contracts.Assessment;
using Platform.Contracts.Delegation;
using Platform.Contracts.Investigation;
using Platform.Contracts.Placements;

namespace Platform.Bench.Scenarios.Quality;

/// <summary>An investigation of a synthetic case: concluded and closed, then an open-care intervention or a placement with its reviews, visits and end.</summary>
internal sealed class SyntheticInvestigation(SyntheticCase of)
{
    private static readonly PlacementType[] Types = Enum.GetValues<PlacementType>();
    private readonly Random random = of.Random;
    private readonly Guid investigationId = Guid.NewGuid();

    public void Write(Guid assessmentId, Guid reportId, DateTimeOffset opened, bool violence)
    {
        var due = opened.AddMonths(4);
        of.Add(new InvestigationOpened
        {
            EventId = Guid.NewGuid(), TenantId = of.Tenant, OccurredAt = opened, InvestigationId = investigationId, ChildId = of.ChildId,
            Origin = InvestigationOrigin.AssessmentDecision, AssessmentId = assessmentId, ReportIds = [reportId], OpenedAt = opened, DueAt = due,
            ChainedInvestigation = false, HasViolenceConcern = violence, Unit = of.Unit,
        });
        var concluded = opened.AddDays(30 + random.NextDouble() * 120);
        var intervention = random.NextDouble();
        of.Add(new InvestigationConcluded
        {
            EventId = Guid.NewGuid(), TenantId = of.Tenant, OccurredAt = concluded, InvestigationId = investigationId, ChildId = of.ChildId,
            ConcludedAt = concluded, OpenedAt = opened, StatutoryDueAt = due, DueAt = due, WithinStatutoryDeadline = concluded <= due,
            WithinDeadline = concluded <= due, DaysTaken = (int)(concluded - opened).TotalDays, InterventionCount = intervention < 0.5 ? 1 : 0,
            DeciderRole = "enhetschef", Unit = of.Unit,
        });
        of.Add(new InvestigationClosed
        {
            EventId = Guid.NewGuid(), TenantId = of.Tenant, OccurredAt = concluded.AddDays(1), InvestigationId = investigationId, ChildId = of.ChildId, ClosedAt = concluded.AddDays(1),
        });
        if (intervention < 0.4)
        {
            OpenCare(concluded);
        }
        else if (intervention < 0.5)
        {
            Placement(concluded);
        }
    }

    private void OpenCare(DateTimeOffset decided)
    {
        var interventionId = Guid.NewGuid();
        of.Add(Decided(interventionId, decided, InterventionKind.OpenCare, null, DecisionType.DecideOpenCare));
        if (random.NextDouble() < 0.9)
        {
            var started = decided.AddDays(5 + random.NextDouble() * 110);
            of.Add(new InterventionStarted
            {
                EventId = Guid.NewGuid(), TenantId = of.Tenant, OccurredAt = started, InvestigationId = investigationId, ChildId = of.ChildId,
                InterventionId = interventionId, StartedOn = DateOnly.FromDateTime(started.UtcDateTime), StartedLate = started > decided.AddMonths(3),
            });
        }
    }

    private void Placement(DateTimeOffset decided)
    {
        var interventionId = Guid.NewGuid();
        var placementId = Guid.NewGuid();
        var type = Types[random.Next(Types.Length)];
        of.Add(Decided(interventionId, decided, InterventionKind.Placement, type, DecisionType.DecidePlacement));
        of.Add(new PlacementDecided
        {
            EventId = Guid.NewGuid(), TenantId = of.Tenant, OccurredAt = decided, InvestigationId = investigationId, ChildId = of.ChildId,
            InterventionId = interventionId, PlacementType = type, LegalBasis = LegalBasis.Sol, DecidedAt = decided, LongTermCare = false,
            Decision = DecisionType.DecidePlacement, DelegationBasis = DelegationBasis.DelegationOrder, ChildGender = of.Gender,
            ChildBirthYearMonth = of.BirthYearMonth, Unit = of.Unit,
        });
        var started = DateOnly.FromDateTime(decided.UtcDateTime).AddDays(3);
        var ended = random.NextDouble() < 0.7 ? started.AddDays(30 + random.Next(700)) : (DateOnly?)null;
        of.Add(new PlacementStarted
        {
            EventId = Guid.NewGuid(), TenantId = of.Tenant, OccurredAt = At(started), PlacementId = placementId, InterventionId = interventionId,
            ChildId = of.ChildId, PlacementType = type, StartedOn = started,
        });
        for (var visited = started.AddDays(80 + random.Next(20)); visited < (ended ?? DateOnly.MaxValue) && visited.Year <= 2026; visited = visited.AddDays(80 + random.Next(20)))
        {
            of.Add(new PlacementVisitRecorded
            {
                EventId = Guid.NewGuid(), TenantId = of.Tenant, OccurredAt = At(visited), PlacementId = placementId, ChildId = of.ChildId, VisitedOn = visited,
                IndividualConversation = true, NextDueAt = At(visited.AddMonths(3)),
            });
            if (visited.DayNumber - started.DayNumber is > 170 and < 270)
            {
                of.Add(new PlacementReviewed
                {
                    EventId = Guid.NewGuid(), TenantId = of.Tenant, OccurredAt = At(visited), PlacementId = placementId, ChildId = of.ChildId,
                    Kind = ReviewKind.SolConsideration, MeetingDate = visited, CareContinues = true, NextDueAt = At(visited.AddMonths(6)),
                });
            }
        }

        if (ended is { } end)
        {
            var planned = random.NextDouble() < 0.75;
            of.Add(new PlacementEnded
            {
                EventId = Guid.NewGuid(), TenantId = of.Tenant, OccurredAt = At(end), PlacementId = placementId, ChildId = of.ChildId, EndedOn = end,
                Ending = planned ? PlacementEnding.Planned : PlacementEnding.Unplanned, Reason = planned ? PlacementEndReason.GoalReached : PlacementEndReason.ChildLeft,
            });
        }
    }

    private InterventionDecided Decided(Guid interventionId, DateTimeOffset decided, InterventionKind kind, PlacementType? type, DecisionType decision) => new()
    {
        EventId = Guid.NewGuid(), TenantId = of.Tenant, OccurredAt = decided, InvestigationId = investigationId, ChildId = of.ChildId,
        InterventionId = interventionId, Kind = kind, PlacementType = type, LegalBasis = LegalBasis.Sol, DecidedAt = decided,
        NotExecutedAt = decided.AddMonths(3), Decision = decision, DeciderRole = "enhetschef",
    };

    /// <summary>Placements' events happen on their day, at noon.</summary>
    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
