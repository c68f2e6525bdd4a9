using MassTransit;

namespace Platform.Contracts.Assessment;

/// <summary>An assessment's deadline was extended, with a documented reason (synnerliga skäl).</summary>
[MessageUrn("assessment:assessment-extended:v1")]
public sealed record AssessmentExtended : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The assessment.</summary>
    public required Guid AssessmentId { get; init; }

    /// <summary>The child's platform id.</summary>
    public required Guid ChildId { get; init; }

    /// <summary>The deadline before the extension.</summary>
    public required DateTimeOffset PreviousDueAt { get; init; }

    /// <summary>The new deadline: the end of the local day chosen.</summary>
    public required DateTimeOffset NewDueAt { get; init; }

    /// <summary>The rule's own deadline, kept beside the extended one: lateness is counted against it too.</summary>
    public DateTimeOffset? StatutoryDueAt { get; init; }

    /// <summary>The version of the delegation order the extension was decided under.</summary>
    public int? DelegationOrderVersion { get; init; }

    /// <summary>The role of the person who extended.</summary>
    public required string ExtendedByRole { get; init; }

    /// <summary>What gave them the right to extend.</summary>
    public required DelegationBasis DelegationBasis { get; init; }
}
