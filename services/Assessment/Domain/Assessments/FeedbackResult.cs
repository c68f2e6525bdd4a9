namespace Assessment.Domain.Assessments;

/// <summary>How a feedback task ended.</summary>
internal enum FeedbackResult
{
    Given,

    /// <summary>Ended without telling the reporter, for a reason recorded on the task.</summary>
    NotGiven,
}
