using MassTransit;
using Platform.Contracts.Intake;

namespace Platform.Contracts.Assessment;

/// <summary>A mandatory reporter who asked was told the outcome of the assessment, and nothing more.</summary>
[MessageUrn("assessment:reporter-feedback-given:v1")]
public sealed record ReporterFeedbackGiven : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The assessment.</summary>
    public required Guid AssessmentId { get; init; }

    /// <summary>The report whose reporter was told.</summary>
    public required Guid ReportId { get; init; }

    /// <summary>The reporter's category.</summary>
    public required ReporterCategory ReporterCategory { get; init; }

    /// <summary>The outcome the reporter was told.</summary>
    public required AssessmentOutcome OutcomeTold { get; init; }

    /// <summary>When the reporter was told.</summary>
    public required DateTimeOffset GivenAt { get; init; }

    /// <summary>When it was due (<see cref="RuleIds.ReporterFeedback"/>).</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Whether it was given by the deadline.</summary>
    public required bool WithinDeadline { get; init; }
}
