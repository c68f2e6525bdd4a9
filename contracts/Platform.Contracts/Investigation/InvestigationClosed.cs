using MassTransit;

namespace Platform.Contracts.Investigation;

/// <summary>An investigation was closed: the child may be investigated again, and a new report is assessed.</summary>
[MessageUrn("investigation:investigation-closed:v1")]
public sealed record InvestigationClosed : IIntegrationEvent
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

    /// <summary>When it was closed.</summary>
    public required DateTimeOffset ClosedAt { get; init; }
}
