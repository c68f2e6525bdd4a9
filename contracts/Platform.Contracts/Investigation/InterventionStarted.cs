using MassTransit;

namespace Platform.Contracts.Investigation;

/// <summary>An intervention started (for a placement, when the placement service reported its start).</summary>
[MessageUrn("investigation:intervention-started:v1")]
public sealed record InterventionStarted : IIntegrationEvent
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

    /// <summary>The local day it started.</summary>
    public required DateOnly StartedOn { get; init; }

    /// <summary>Whether it started more than three months after the decision.</summary>
    public required bool StartedLate { get; init; }
}
