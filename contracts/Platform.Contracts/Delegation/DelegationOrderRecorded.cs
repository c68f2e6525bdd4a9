using MassTransit;

namespace Platform.Contracts.Delegation;

/// <summary>
/// A version of the municipality's delegation order was recorded, as the committee decided it. Every
/// service that takes delegated decisions keeps the versions from this event. Carries roles, not people.
/// </summary>
[MessageUrn("assessment:delegation-order-recorded:v1")]
public sealed record DelegationOrderRecorded : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The version number, from 1, within the municipality.</summary>
    public required int Version { get; init; }

    /// <summary>The day the committee decided it.</summary>
    public DateOnly? CommitteeDecidedOn { get; init; }

    /// <summary>The paragraph of the committee's protocol.</summary>
    public string? ProtocolParagraph { get; init; }

    /// <summary>The day it applies from.</summary>
    public required DateOnly AppliesFrom { get; init; }

    /// <summary>The grants: each decision, the roles that may take it, whether it may be sub-delegated.</summary>
    public required IReadOnlyList<DelegationGrantRecord> Grants { get; init; }
}

/// <summary>One line of the order as published.</summary>
/// <param name="Decision">The decision.</param>
/// <param name="Roles">The roles that may take it.</param>
/// <param name="MayBeSubDelegated">Whether the head of department may sub-delegate it (KL 7 kap 6 §).</param>
public sealed record DelegationGrantRecord(DecisionType Decision, IReadOnlyList<string> Roles, bool MayBeSubDelegated);
