using Platform.BuildingBlocks.Persistence;
using Platform.Contracts;
using Platform.Contracts.Assessment;
using Platform.Contracts.Delegation;
using Platform.Contracts.Intake;
using Platform.Contracts.Investigation;
using Platform.Rules;

namespace Investigation.Domain.Interventions;

/// <summary>
/// A favourable decision of an intervention (insats), tracked from the decision until it starts or
/// ends without being carried out. Three months after the decision (rule <c>non-executed-decision</c>,
/// 16 kap. 6 f § SoL) an intervention not started is "not executed" and reported to IVO each quarter.
/// The child's gender and birth year-month are kept for that report.
/// </summary>
internal sealed class Intervention : ITenantOwned
{
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public Guid InvestigationId { get; init; }

    public Guid ChildId { get; init; }

    public string? Unit { get; init; }

    public LegalGender ChildGender { get; init; }

    public string? ChildBirthYearMonth { get; init; }

    public InterventionKind Kind { get; init; }

    public OpenCareType? OpenCareType { get; init; }

    /// <summary>The name of an open-care intervention of type other.</summary>
    public string? OpenCareName { get; init; }

    public PlacementType? PlacementType { get; init; }

    public LegalBasis LegalBasis { get; init; }

    public string? ProviderOrganisationNumber { get; init; }

    public Guid? FosterHomeId { get; init; }

    /// <summary>A placement for stadigvarande vård och fostran.</summary>
    public bool LongTermCare { get; init; }

    /// <summary>Immediate custody under 6 § LVU.</summary>
    public bool ImmediateCustody { get; init; }

    public DecisionType Decision { get; init; }

    public DelegationBasis DelegationBasis { get; init; }

    public DateTimeOffset DecidedAt { get; init; }

    /// <summary>The end of the local day three months after the decision: not started by then, it is not executed.</summary>
    public DateTimeOffset NotExecutedAt { get; init; }

    public DateOnly? StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    /// <summary>Why it ended without being carried out.</summary>
    public UnexecutedReason? EndReason { get; set; }

    /// <summary>Why it was (or is) delayed past three months.</summary>
    public UnexecutedReason? DelayReason { get; set; }

    public DateTimeOffset? OutcomeRecordedAt { get; set; }

    public string? OutcomeRecordedByName { get; set; }

    public int Version { get; set; }

    public DateOnly DecidedOn => StockholmCalendar.LocalDate(DecidedAt);

    /// <summary>The first local day on which it counts as not executed.</summary>
    public DateOnly NotExecutedFrom => StockholmCalendar.LocalDate(NotExecutedAt);

    public bool IsAwaitingStart => StartedOn is null && EndedOn is null;

    /// <summary>Not started, not ended, and three months have passed.</summary>
    public bool IsNotExecuted(DateTimeOffset now) => IsAwaitingStart && now >= NotExecutedAt;

    /// <summary>Started on a day after it had become not executed.</summary>
    public bool StartedLate => StartedOn is { } started && started >= NotExecutedFrom;

    public static DateTimeOffset NotExecutedFor(DateTimeOffset decidedAt) => RuleCatalogue.Due(RuleIds.NonExecutedDecision, decidedAt);

    public void Start(DateOnly startedOn, UnexecutedReason? delayReason, string byName, DateTimeOffset now)
    {
        StartedOn = startedOn;
        DelayReason = delayReason ?? DelayReason;
        (OutcomeRecordedAt, OutcomeRecordedByName) = (now, byName);
        Version++;
    }

    public void EndUnexecuted(DateOnly endedOn, UnexecutedReason reason, string byName, DateTimeOffset now)
    {
        (EndedOn, EndReason) = (endedOn, reason);
        (OutcomeRecordedAt, OutcomeRecordedByName) = (now, byName);
        Version++;
    }

    public void RecordDelayReason(UnexecutedReason reason)
    {
        DelayReason = reason;
        Version++;
    }
}
