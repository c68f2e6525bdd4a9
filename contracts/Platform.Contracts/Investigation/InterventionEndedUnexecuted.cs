using MassTransit;

namespace Platform.Contracts.Investigation;

/// <summary>A decided intervention ended without being carried out.</summary>
[MessageUrn("investigation:intervention-ended-unexecuted:v1")]
public sealed record InterventionEndedUnexecuted : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The investigation.</summary>
    public required Guid InvestigationId { get; init; }

    /// <summary>The child's platform id.</summary>
    public required Guid ChildId { get; init; }

    /// <summary>The intervention.</summary>
    public required Guid InterventionId { get; init; }

    /// <summary>The local day it ended.</summary>
    public required DateOnly EndedOn { get; init; }

    /// <summary>Why, as a category.</summary>
    public required UnexecutedReason Reason { get; init; }
}
