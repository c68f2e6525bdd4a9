using MassTransit;

namespace Platform.Contracts.Assessment;

/// <summary>An assessment was decided. Carries no name or reasoning text.</summary>
[MessageUrn("assessment:assessment-decided:v1")]
public sealed record AssessmentDecided : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The assessment.</summary>
    public required Guid AssessmentId { get; init; }

    /// <summary>The child's platform id.</summary>
    public required Guid ChildId { get; init; }

    /// <summary>The reports the assessment covered.</summary>
    public required IReadOnlyList<Guid> ReportIds { get; init; }

    /// <summary>The outcome.</summary>
    public required AssessmentOutcome Outcome { get; init; }

    /// <summary>When it was decided.</summary>
    public required DateTimeOffset DecidedAt { get; init; }

    /// <summary>The deadline in force at the decision (extended, if it was).</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Whether it was decided by the deadline in force; a late decision is accepted and recorded as late.</summary>
    public required bool WithinDeadline { get; init; }

    /// <summary>
    /// The rule's own deadline, counted from the earliest receipt among the reports and never moved by
    /// an extension: the law's for an anmälan. Statistics count lateness against it.
    /// </summary>
    public DateTimeOffset? StatutoryDueAt { get; init; }

    /// <summary>Whether it was decided by <see cref="StatutoryDueAt"/>, whatever the extension said.</summary>
    public bool? WithinStatutoryDeadline { get; init; }

    /// <summary>The extended deadline; null when the deadline was not extended.</summary>
    public DateTimeOffset? ExtendedDueAt { get; init; }

    /// <summary>Whether it was decided by <see cref="ExtendedDueAt"/>; null when the deadline was not extended.</summary>
    public bool? WithinExtendedDeadline { get; init; }

    /// <summary>Whether the deadline had been extended.</summary>
    public required bool WasExtended { get; init; }

    /// <summary>Whether the deadline was statutory (an anmälan) or municipal (annan kännedom).</summary>
    public required bool IsStatutory { get; init; }

    /// <summary>The decision-maker's role.</summary>
    public required string DeciderRole { get; init; }

    /// <summary>Whether the decider held the delegation on the day of the decision.</summary>
    public required bool DelegationValid { get; init; }

    /// <summary>What gave the decider the right to decide.</summary>
    public required DelegationBasis DelegationBasis { get; init; }

    /// <summary>The version of the municipality's delegation order the decision was taken under, for a delegated decision.</summary>
    public int? DelegationOrderVersion { get; init; }

    /// <summary>The sub-delegation the decision was taken under, when it was.</summary>
    public Guid? SubDelegationId { get; init; }

    /// <summary>The day of the committee meeting, for a committee decision.</summary>
    public DateOnly? CommitteeMeetingDate { get; init; }

    /// <summary>The provision the decision was taken under (<see cref="LegalProvisionIds"/>).</summary>
    public string? LegalProvisionId { get; init; }

    /// <summary>The receiving municipality (kommunkod), when the outcome is <see cref="AssessmentOutcome.Forwarded"/>.</summary>
    public string? ForwardedToMunicipality { get; init; }

    /// <summary>The day the reports were forwarded, when they were.</summary>
    public DateOnly? ForwardedOn { get; init; }

    /// <summary>A concern of violence was decided "do not open" with an override reason: flagged for quality follow-up.</summary>
    public required bool FlaggedForQualityFollowUp { get; init; }

    /// <summary>The unit responsible, when given.</summary>
    public string? Unit { get; init; }
}
