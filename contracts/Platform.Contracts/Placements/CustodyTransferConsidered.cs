using MassTransit;

namespace Platform.Contracts.Placements;

/// <summary>A transfer of custody was considered for a child in the same foster home (6 kap. 8 § SoL); the next is due from it.</summary>
[MessageUrn("placements:custody-transfer-considered:v1")]
public sealed record CustodyTransferConsidered : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The placement.</summary>
    public required Guid PlacementId { get; init; }

    /// <summary>The child's platform id.</summary>
    public required Guid ChildId { get; init; }

    /// <summary>The local day of the consideration.</summary>
    public required DateOnly ConsideredOn { get; init; }

    /// <summary>When the next consideration is due (the end of a local day).</summary>
    public required DateTimeOffset NextDueAt { get; init; }
}
