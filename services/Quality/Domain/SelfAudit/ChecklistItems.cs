namespace Quality.Domain.SelfAudit;

/// <summary>
/// The auditors' checklist (DOMAIN.md §2.5, the sample-check table of the municipal audit): the items the events
/// answer for every case, and those only a reviewer reading the case file can.
/// </summary>
internal static class ChecklistItems
{
    public const string ProtectionAssessmentInTime = "protection-assessment-in-time";
    public const string AssessmentInTime = "assessment-in-time";
    public const string DecisionByCompetentDelegate = "decision-by-competent-delegate";
    public const string ExtensionReasons = "extension-reasons";
    public const string FeedbackToReporter = "feedback-to-reporter";
    public const string InvestigationInTime = "investigation-in-time";
    public const string ViolenceRiskAssessed = "violence-risk-assessed";

    /// <summary>Answered from events, for every case; an event may still leave one to the reviewer.</summary>
    public static readonly IReadOnlyList<string> FromEvents =
    [
        ProtectionAssessmentInTime, AssessmentInTime, DecisionByCompetentDelegate, ExtensionReasons,
        FeedbackToReporter, InvestigationInTime, ViolenceRiskAssessed,
    ];

    /// <summary>What no event tells: the content of the case file.</summary>
    public static readonly IReadOnlyList<string> FromTheCaseFile =
    [
        "reporter-documented", "reason-stated", "protection-assessment-documented", "prior-knowledge-weighed", "child-view",
        "family-invited-to-planning", "child-heard", "facts-needs-and-own-ability-stated", "intervention-goals",
        "structured-method", "communication-done", "police-report-stance",
    ];

    public static readonly IReadOnlyList<string> All = [.. FromEvents, .. FromTheCaseFile];

    /// <summary>Whether this is one of the checklist's items.</summary>
    public static bool IsKnown(string item) => All.Contains(item, StringComparer.Ordinal);
}
