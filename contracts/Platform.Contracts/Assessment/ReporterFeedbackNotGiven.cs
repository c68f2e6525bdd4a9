using MassTransit;
using Platform.Contracts.Intake;

namespace Platform.Contracts.Assessment;

/// <summary>
/// A feedback task ended without the reporter being told, for a reason recorded on the task (e.g. it
/// would harm the child). The reason is free text and stays in the assessment service.
/// </summary>
[MessageUrn("assessment:reporter-feedback-not-given:v1")]
public sealed record ReporterFeedbackNotGiven : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The assessment.</summary>
    public required Guid AssessmentId { get; init; }

    /// <summary>The report whose reporter was not told.</summary>
    public required Guid ReportId { get; init; }

    /// <summary>The reporter's category.</summary>
    public required ReporterCategory ReporterCategory { get; init; }

    /// <summary>When the task was ended.</summary>
    public required DateTimeOffset EndedAt { get; init; }

    /// <summary>When feedback was due (<see cref="RuleIds.ReporterFeedback"/>).</summary>
    public required DateTimeOffset DueAt { get; init; }
}
