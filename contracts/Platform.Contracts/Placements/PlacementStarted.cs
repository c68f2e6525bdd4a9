using MassTransit;
using Platform.Contracts.Investigation;

namespace Platform.Contracts.Placements;

/// <summary>A placement started; investigation closes its tracking of the decision (16 kap 6 f § SoL).</summary>
[MessageUrn("placements:placement-started:v1")]
public sealed record PlacementStarted : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The placement.</summary>
    public required Guid PlacementId { get; init; }

    /// <summary>The placement decision (the investigation's intervention) it carries out.</summary>
    public required Guid InterventionId { get; init; }

    /// <summary>The child's platform id.</summary>
    public required Guid ChildId { get; init; }

    /// <summary>The type of placement.</summary>
    public required PlacementType PlacementType { get; init; }

    /// <summary>The local day it started.</summary>
    public required DateOnly StartedOn { get; init; }
}
