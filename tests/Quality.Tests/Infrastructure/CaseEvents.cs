using Platform.Contracts;
using Platform.Contracts.Assessment;
using Platform.Contracts.Delegation;
using Platform.Contracts.Investigation;
using Platform.Contracts.Placements;

namespace Quality.Tests.Infrastructure;

/// <summary>The events the other services publish about a municipality's cases, as the tests need them.</summary>
internal sealed class CaseEvents(string municipality, string unit)
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);

    public List<IIntegrationEvent> All { get; } = [];

    public static DateTimeOffset Local(int year, int month, int day, int hour = 10) =>
        new(year, month, day, hour, 0, 0, month is >= 4 and <= 10 ? TimeSpan.FromHours(2) : Winter);

    public Guid Report(Guid childId, LegalGender gender, string birthYearMonth, DateTimeOffset receivedAt)
    {
        var id = Guid.NewGuid();
        All.Add(new ReportRegistered
        {
            EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = receivedAt, ReportId = id, CaseNumber = "R-1",
            ReceivedAt = receivedAt, Classification = Classification.Anmalan, ReporterCategory = ReporterCategory.School,
            IsMandatoryReporter = true, FeedbackRequested = true, ConcernCategories = [ConcernCategory.Neglect], ChildId = childId,
            ChildGender = gender, ChildBirthYearMonth = birthYearMonth, IsProtectedIdentity = false, Unit = unit,
        });
        return id;
    }

    public void ProtectionAssessed(Guid reportId, Guid childId, DateTimeOffset assessedAt) => All.Add(new ProtectionAssessmentRecorded
    {
        EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = assessedAt, ReportId = reportId, ChildId = childId,
        AssessedAt = assessedAt, DueAt = assessedAt.AddDays(1), WithinDeadline = true, ImmediateProtectionNeeded = false, AssessorRole = "handlaggare",
    });

    /// <summary>An assessment opened at receipt and decided; <paramref name="extendedDueAt"/> moves only the deadline the caseworker saw.</summary>
    public Guid Assessment(Guid reportId, Guid childId, DateTimeOffset receivedAt, DateTimeOffset decidedAt, DateTimeOffset? extendedDueAt = null)
    {
        var id = Guid.NewGuid();
        var statutory = receivedAt.AddDays(14);
        var due = extendedDueAt ?? statutory;
        All.Add(new AssessmentOpened
        {
            EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = receivedAt, AssessmentId = id, ReportId = reportId, ChildId = childId,
            Classification = Classification.Anmalan, ReceivedAt = receivedAt, DueAt = statutory, RuleId = RuleIds.InitialAssessment,
            IsStatutory = true, HasViolenceConcern = false, ChildGender = LegalGender.Unknown, Unit = unit,
        });
        All.Add(new AssessmentDecided
        {
            EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = decidedAt, AssessmentId = id, ChildId = childId, ReportIds = [reportId],
            Outcome = AssessmentOutcome.DoNotOpen, DecidedAt = decidedAt, DueAt = due, WithinDeadline = decidedAt <= due,
            StatutoryDueAt = statutory, WithinStatutoryDeadline = decidedAt <= statutory, ExtendedDueAt = extendedDueAt,
            WithinExtendedDeadline = extendedDueAt is null ? null : decidedAt <= extendedDueAt, WasExtended = extendedDueAt is not null,
            IsStatutory = true, DeciderRole = "teamledare", DelegationValid = true, DelegationBasis = DelegationBasis.DelegationOrder,
            FlaggedForQualityFollowUp = false, Unit = unit,
        });
        return id;
    }

    public void Feedback(Guid reportId, bool given, DateTimeOffset at) => All.Add(given
        ? new ReporterFeedbackGiven
        {
            EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = at, AssessmentId = Guid.NewGuid(), ReportId = reportId,
            ReporterCategory = ReporterCategory.School, OutcomeTold = AssessmentOutcome.DoNotOpen, GivenAt = at, DueAt = at.AddDays(1), WithinDeadline = true,
        }
        : new ReporterFeedbackNotGiven
        {
            EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = at, AssessmentId = Guid.NewGuid(), ReportId = reportId,
            ReporterCategory = ReporterCategory.School, EndedAt = at, DueAt = at.AddDays(1),
        });

    public Guid InvestigationOpened(Guid childId, DateTimeOffset openedAt, bool violence = false, Guid? assessmentId = null, Guid? reportId = null)
    {
        var id = Guid.NewGuid();
        All.Add(new InvestigationOpened
        {
            EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = openedAt, InvestigationId = id, ChildId = childId,
            Origin = assessmentId is null ? InvestigationOrigin.Application : InvestigationOrigin.AssessmentDecision, AssessmentId = assessmentId,
            ReportIds = reportId is { } report ? [report] : [], OpenedAt = openedAt, DueAt = openedAt.AddMonths(4),
            ChainedInvestigation = false, HasViolenceConcern = violence, Unit = unit,
        });
        return id;
    }

    public void InvestigationConcluded(Guid id, Guid childId, DateTimeOffset openedAt, DateTimeOffset concludedAt, int daysTaken, Guid? caseworker = null) => All.Add(new InvestigationConcluded
    {
        EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = concludedAt, InvestigationId = id, ChildId = childId,
        ConcludedAt = concludedAt, OpenedAt = openedAt, StatutoryDueAt = openedAt.AddMonths(4), DueAt = openedAt.AddMonths(4),
        WithinStatutoryDeadline = concludedAt <= openedAt.AddMonths(4), WithinDeadline = concludedAt <= openedAt.AddMonths(4),
        DaysTaken = daysTaken, InterventionCount = 1, DeciderRole = "enhetschef", DocumentingCaseworker = caseworker, Unit = unit,
    });

    public void InterventionStarted(Guid investigationId, Guid childId, DateOnly startedOn) => All.Add(new InterventionStarted
    {
        EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = Local(startedOn.Year, startedOn.Month, startedOn.Day),
        InvestigationId = investigationId, ChildId = childId, InterventionId = Guid.NewGuid(), StartedOn = startedOn, StartedLate = false,
    });

    public Guid PlacementStarted(Guid childId, LegalGender gender, string birthYearMonth, DateOnly startedOn)
    {
        var (intervention, placement) = (Guid.NewGuid(), Guid.NewGuid());
        var at = Local(startedOn.Year, startedOn.Month, startedOn.Day);
        All.Add(new PlacementDecided
        {
            EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = at, InvestigationId = Guid.NewGuid(), ChildId = childId,
            InterventionId = intervention, PlacementType = PlacementType.Hvb, LegalBasis = LegalBasis.Sol, DecidedAt = at, LongTermCare = false,
            Decision = DecisionType.DecidePlacement, DelegationBasis = DelegationBasis.DelegationOrder, ChildGender = gender,
            ChildBirthYearMonth = birthYearMonth, Unit = unit,
        });
        All.Add(new PlacementStarted
        {
            EventId = Guid.NewGuid(), TenantId = municipality, OccurredAt = at, PlacementId = placement, InterventionId = intervention,
            ChildId = childId, PlacementType = PlacementType.Hvb, StartedOn = startedOn,
        });
        return placement;
    }
}
