namespace Quality.Domain.SelfAudit;

/// <summary>The answers a checklist item takes, and where an answer came from.</summary>
internal static class ChecklistAnswers
{
    public const string Yes = "yes";

    public const string No = "no";

    public const string NotApplicable = "not-applicable";

    public const string ForTheReviewer = "for-the-reviewer";

    /// <summary>What a reviewer may answer: the events answered everything else.</summary>
    public static readonly IReadOnlyList<string> ReviewerMay = [Yes, No, NotApplicable];

    public const string ReviewerSource = "reviewer";
}
