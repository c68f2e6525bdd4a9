using MassTransit;

namespace Platform.Contracts.Placements;

/// <summary>The follow-up of a child after LVU care ended was completed (lex lilla hjärtat).</summary>
[MessageUrn("placements:post-lvu-follow-up-ended:v1")]
public sealed record PostLvuFollowUpEnded : IIntegrationEvent
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

    /// <summary>The local day the follow-up ended.</summary>
    public required DateOnly EndedOn { get; init; }

    /// <summary>Whether it ended within the rule's period.</summary>
    public required bool WithinDeadline { get; init; }
}
