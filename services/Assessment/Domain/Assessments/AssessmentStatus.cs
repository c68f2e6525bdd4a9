namespace Assessment.Domain.Assessments;

internal enum AssessmentStatus
{
    Open,
    Decided,

    /// <summary>Closed without a decision: every report in it was reclassified as an ansökan.</summary>
    Closed,
}
