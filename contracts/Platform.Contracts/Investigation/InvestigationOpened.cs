using MassTransit;

namespace Platform.Contracts.Investigation;

/// <summary>An investigation was opened (11 kap 1 § SoL). Carries ids, categories and times: no personal data.</summary>
[MessageUrn("investigation:investigation-opened:v1")]
public sealed record InvestigationOpened : IIntegrationEvent
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

    /// <summary>Why it was opened.</summary>
    public required InvestigationOrigin Origin { get; init; }

    /// <summary>The assessment that decided it, when one did.</summary>
    public Guid? AssessmentId { get; init; }

    /// <summary>The reports it came from.</summary>
    public required IReadOnlyList<Guid> ReportIds { get; init; }

    /// <summary>When it was opened; the four months count from it.</summary>
    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>The statutory deadline: the end of the local day four months after opening.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Opened within 30 days of closing another investigation of the same child: flagged for the unit manager.</summary>
    public required bool ChainedInvestigation { get; init; }

    /// <summary>Whether a concern of violence is part of it (a structured risk assessment is then required).</summary>
    public required bool HasViolenceConcern { get; init; }

    /// <summary>The unit responsible, when given.</summary>
    public string? Unit { get; init; }
}
