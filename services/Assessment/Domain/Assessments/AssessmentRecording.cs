using Platform.BuildingBlocks.Persistence;

namespace Assessment.Domain.Assessments;

/// <summary>
/// One recording of prior knowledge or of the child's view. A new recording is a new row: the history
/// of how the knowledge was weighed, and of what the child said, is kept (the table is append-only).
/// </summary>
internal sealed class AssessmentRecording : ITenantOwned
{
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public Guid AssessmentId { get; init; }

    public RecordingKind Kind { get; init; }

    /// <summary>Whether there is prior knowledge; whether the child's view was obtained.</summary>
    public bool Answer { get; init; }

    /// <summary>How the prior knowledge was weighed; the child's view, or why it was not obtained.</summary>
    public string? Text { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public string RecordedById { get; init; } = string.Empty;

    public string RecordedByName { get; init; } = string.Empty;
}
