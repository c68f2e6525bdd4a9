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

    /// <summary>A concern of violence was decided "do not open" with an override reason: flagged for quality follow-up.</summary>
    public required bool FlaggedForQualityFollowUp { get; init; }

    /// <summary>The unit responsible, when given.</summary>
    public string? Unit { get; init; }
}
