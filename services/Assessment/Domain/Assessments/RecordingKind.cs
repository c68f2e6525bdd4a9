namespace Assessment.Domain.Assessments;

/// <summary>What an <see cref="AssessmentRecording"/> records.</summary>
internal enum RecordingKind
{
    PriorKnowledge,
    ChildView,
}
