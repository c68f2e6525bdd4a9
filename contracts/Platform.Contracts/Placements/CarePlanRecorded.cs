using MassTransit;

namespace Platform.Contracts.Placements;

/// <summary>The care plan and the implementation plan are in place (11 kap. 3 § SoL).</summary>
[MessageUrn("placements:care-plan-recorded:v1")]
public sealed record CarePlanRecorded : IIntegrationEvent
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

    /// <summary>The local day both plans were in place.</summary>
    public required DateOnly EstablishedOn { get; init; }

    /// <summary>Whether it was in place within the rule's period.</summary>
    public required bool WithinDeadline { get; init; }
}
