using MassTransit;

namespace Platform.Contracts.Placements;

/// <summary>A placement ended, as planned or in a breakdown; a move to another home is an end and a new start.</summary>
[MessageUrn("placements:placement-ended:v1")]
public sealed record PlacementEnded : IIntegrationEvent
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

    /// <summary>The last local day of the placement.</summary>
    public required DateOnly EndedOn { get; init; }

    /// <summary>Planned or unplanned.</summary>
    public required PlacementEnding Ending { get; init; }

    /// <summary>Why it ended.</summary>
    public required PlacementEndReason Reason { get; init; }

    /// <summary>When LVU care ended for a child under 18: when the follow-up must end (lex lilla hjärtat); otherwise null.</summary>
    public DateTimeOffset? PostLvuFollowUpDueAt { get; init; }
}
