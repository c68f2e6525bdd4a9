using MassTransit;
using Platform.Contracts.Delegation;

namespace Platform.Contracts.Investigation;

/// <summary>A favourable decision of an intervention (insats) was taken; it is tracked until it starts (16 kap 6 f § SoL).</summary>
[MessageUrn("investigation:intervention-decided:v1")]
public sealed record InterventionDecided : IIntegrationEvent
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

    /// <summary>Open care or a placement outside the home.</summary>
    public required InterventionKind Kind { get; init; }

    /// <summary>The type of open care, for open care.</summary>
    public OpenCareType? OpenCareType { get; init; }

    /// <summary>The type of placement, for a placement.</summary>
    public PlacementType? PlacementType { get; init; }

    /// <summary>The legal basis.</summary>
    public required LegalBasis LegalBasis { get; init; }

    /// <summary>When it was decided.</summary>
    public required DateTimeOffset DecidedAt { get; init; }

    /// <summary>When it becomes "not executed" if it has not started (rule <c>non-executed-decision</c>).</summary>
    public required DateTimeOffset NotExecutedAt { get; init; }

    /// <summary>The decision under the delegation order.</summary>
    public required DecisionType Decision { get; init; }

    /// <summary>The decider's role.</summary>
    public required string DeciderRole { get; init; }
}
