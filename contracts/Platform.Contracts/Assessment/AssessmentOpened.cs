using MassTransit;
using Platform.Contracts.Intake;

namespace Platform.Contracts.Assessment;

/// <summary>An assessment (förhandsbedömning) was opened for a report. Carries no name, identity number or free text.</summary>
[MessageUrn("assessment:assessment-opened:v1")]
public sealed record AssessmentOpened : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The assessment.</summary>
    public required Guid AssessmentId { get; init; }

    /// <summary>The report that opened it.</summary>
    public required Guid ReportId { get; init; }

    /// <summary>The child's platform id.</summary>
    public required Guid ChildId { get; init; }

    /// <summary>The class of the report that opened it.</summary>
    public required Classification Classification { get; init; }

    /// <summary>When the report was received; the deadline counts from it.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>When the decision is due: the end of the local day the period reaches.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>The deadline rule (<see cref="RuleIds.InitialAssessment"/>).</summary>
    public required string RuleId { get; init; }

    /// <summary>Whether the deadline is statutory (an anmälan) or a municipal rule (annan kännedom).</summary>
    public required bool IsStatutory { get; init; }

    /// <summary>Whether the concern includes violence.</summary>
    public required bool HasViolenceConcern { get; init; }

    /// <summary>Legal gender, for statistics.</summary>
    public required LegalGender ChildGender { get; init; }

    /// <summary>Birth year and month (<c>yyyy-MM</c>), when known; for age bands.</summary>
    public string? ChildBirthYearMonth { get; init; }

    /// <summary>The unit responsible, when given.</summary>
    public string? Unit { get; init; }
}
