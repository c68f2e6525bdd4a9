using MassTransit;

namespace Platform.Contracts.Assessment;

/// <summary>An assessment decided to open an investigation; for the investigation service.</summary>
[MessageUrn("assessment:investigation-requested:v1")]
public sealed record InvestigationRequested : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The assessment that decided it.</summary>
    public required Guid AssessmentId { get; init; }

    /// <summary>The child's platform id.</summary>
    public required Guid ChildId { get; init; }

    /// <summary>The reports behind it.</summary>
    public required IReadOnlyList<Guid> ReportIds { get; init; }

    /// <summary>When the decision to investigate was taken; the investigation period counts from its opening.</summary>
    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>Whether the concern includes violence (a structured risk assessment is then expected).</summary>
    public required bool HasViolenceConcern { get; init; }

    /// <summary>The triage colour, when recorded.</summary>
    public TriageColour? Triage { get; init; }

    /// <summary>The unit responsible, when given.</summary>
    public string? Unit { get; init; }
}
