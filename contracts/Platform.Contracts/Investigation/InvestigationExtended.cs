using MassTransit;

namespace Platform.Contracts.Investigation;

/// <summary>The four-month investigation was extended by a decision under the delegation order, for särskilda skäl.</summary>
[MessageUrn("investigation:investigation-extended:v1")]
public sealed record InvestigationExtended : IIntegrationEvent
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

    /// <summary>The deadline before the extension.</summary>
    public required DateTimeOffset PreviousDueAt { get; init; }

    /// <summary>The extended deadline.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>The statutory deadline, never moved by an extension.</summary>
    public required DateTimeOffset StatutoryDueAt { get; init; }

    /// <summary>When it was decided.</summary>
    public required DateTimeOffset DecidedAt { get; init; }

    /// <summary>The decider's role.</summary>
    public required string DeciderRole { get; init; }

    /// <summary>The version of the delegation order it was decided under.</summary>
    public int? DelegationOrderVersion { get; init; }
}
