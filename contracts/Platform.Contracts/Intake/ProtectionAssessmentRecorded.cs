using MassTransit;

namespace Platform.Contracts.Intake;

/// <summary>The immediate protection assessment of a report was recorded.</summary>
[MessageUrn("intake:protection-assessment-recorded:v1")]
public sealed record ProtectionAssessmentRecorded : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required string TenantId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The report assessed.</summary>
    public required Guid ReportId { get; init; }

    /// <summary>The child's platform id.</summary>
    public required Guid ChildId { get; init; }

    /// <summary>When the assessment was made.</summary>
    public required DateTimeOffset AssessedAt { get; init; }

    /// <summary>When it was due.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Whether it was made within the deadline.</summary>
    public required bool WithinDeadline { get; init; }

    /// <summary>Whether immediate protection was judged necessary.</summary>
    public required bool ImmediateProtectionNeeded { get; init; }

    /// <summary>The role of the person who assessed.</summary>
    public required string AssessorRole { get; init; }
}
