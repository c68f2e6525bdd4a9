using MassTransit;

namespace Platform.Contracts.Placements;

/// <summary>The committee reviewed a placement (övervägande or omprövning) at a meeting; the next review is due from it.</summary>
[MessageUrn("placements:placement-reviewed:v1")]
public sealed record PlacementReviewed : IIntegrationEvent
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

    /// <summary>Which review.</summary>
    public required ReviewKind Kind { get; init; }

    /// <summary>The committee meeting's day.</summary>
    public required DateOnly MeetingDate { get; init; }

    /// <summary>Whether the committee found that care is still needed.</summary>
    public required bool CareContinues { get; init; }

    /// <summary>When the next review is due (the end of a local day).</summary>
    public required DateTimeOffset NextDueAt { get; init; }
}
