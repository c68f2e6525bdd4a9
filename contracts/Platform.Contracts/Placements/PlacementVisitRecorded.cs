using MassTransit;

namespace Platform.Contracts.Placements;

/// <summary>The child was visited with an individual conversation (6 kap. 7 b § SoL); the next visit is due from it.</summary>
[MessageUrn("placements:placement-visit-recorded:v1")]
public sealed record PlacementVisitRecorded : IIntegrationEvent
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

    /// <summary>The local day of the visit.</summary>
    public required DateOnly VisitedOn { get; init; }

    /// <summary>Whether the child was spoken with alone.</summary>
    public required bool IndividualConversation { get; init; }

    /// <summary>When the next visit is due (the end of a local day).</summary>
    public required DateTimeOffset NextDueAt { get; init; }
}
