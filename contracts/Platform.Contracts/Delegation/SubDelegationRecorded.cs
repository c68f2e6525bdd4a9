using MassTransit;

namespace Platform.Contracts.Delegation;

/// <summary>
/// The head of department sub-delegated a decision in writing, or its report to the committee or its revocation was recorded; each publishes the whole current state. Every service that takes
/// the decision keeps it. Carries the delegate's user id (a pseudonymous subject), not a name.
/// </summary>
[MessageUrn("assessment:sub-delegation-recorded:v1")]
public sealed record SubDelegationRecorded : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The sub-delegation.</summary>
    public required Guid SubDelegationId { get; init; }

    /// <summary>The decision sub-delegated.</summary>
    public required DecisionType Decision { get; init; }

    /// <summary>When set, only this user (token subject) holds it, not everyone in the role.</summary>
    public string? DelegateUserId { get; init; }

    /// <summary>The delegate's role.</summary>
    public required string DelegateRole { get; init; }

    /// <summary>The written decision's reference (diarienummer).</summary>
    public required string DecisionReference { get; init; }

    /// <summary>The day the head of department decided it.</summary>
    public required DateOnly DecidedOn { get; init; }

    /// <summary>First day in force.</summary>
    public required DateOnly ValidFrom { get; init; }

    /// <summary>Last day in force.</summary>
    public required DateOnly ValidTo { get; init; }

    /// <summary>The day it was reported to the committee; it is in force only from then.</summary>
    public DateOnly? ReportedToCommitteeOn { get; init; }

    /// <summary>When it was revoked, if it was.</summary>
    public DateTimeOffset? RevokedAt { get; init; }
}
