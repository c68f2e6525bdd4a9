using Quality.Domain.Facts;
using static Quality.Domain.SelfAudit.ChecklistAnswers;
using static Quality.Domain.SelfAudit.ChecklistItems;

namespace Quality.Domain.SelfAudit;

/// <summary>
/// The checklist of one case, a pure function of its facts (kept up to date as events arrive) and the reviewer's
/// answers: an item the events answer is theirs; one they leave open is the reviewer's, once answered.
/// </summary>
internal static class CaseChecklist
{
    private const string Opened = "InvestigationOpened";
    private const string Decided = "AssessmentDecided";

    public static IReadOnlyList<ChecklistAnswer> Of(CaseFile file, IReadOnlyCollection<ReviewerAnswer> reviewed)
    {
        var automatic = FromEvents(file).ToDictionary(a => a.Item, StringComparer.Ordinal);
        return All.Select(item =>
        {
            var answer = automatic.GetValueOrDefault(item) ?? new ChecklistAnswer(item, ForTheReviewer, ReviewerSource);
            return answer.Answer == ForTheReviewer && reviewed.FirstOrDefault(r => r.Item == item) is { } byReviewer
                ? answer with { Answer = byReviewer.Answer, Source = ReviewerSource }
                : answer;
        }).ToList();
    }

    /// <summary>Whether the events leave this item to the reviewer.</summary>
    public static bool IsForTheReviewer(CaseFile file, string item) =>
        FromEvents(file).FirstOrDefault(a => a.Item == item) is not { } automatic || automatic.Answer == ForTheReviewer;

    private static IEnumerable<ChecklistAnswer> FromEvents(CaseFile file)
    {
        yield return ProtectionAssessment(file.Reports);
        yield return Assessment(file, AssessmentInTime, a => a.WithinStatutoryDeadline);
        yield return Assessment(file, DecisionByCompetentDelegate, a => a.DelegationValid);
        yield return Extension(file);
        yield return Feedback(file.Reports);
        yield return file.Investigation.ConcludedAt is null
            ? new(InvestigationInTime, ForTheReviewer, "InvestigationConcluded")
            : new(InvestigationInTime, YesNo(file.Investigation.WithinStatutoryDeadline), "InvestigationConcluded");
        yield return new(ViolenceRiskAssessed, file.Investigation.HasViolenceConcern ? ForTheReviewer : NotApplicable, Opened);
    }

    /// <summary>
    /// By the statutory deadline (the day of receipt, or the next after the municipality's cut-off) for every report
    /// recorded, as intake judged it under the rule; a report without a recorded assessment is the reviewer's to read.
    /// </summary>
    private static ChecklistAnswer ProtectionAssessment(IReadOnlyList<ReportFact> reports)
    {
        const string source = "ProtectionAssessmentRecorded";
        var received = reports.Where(r => r.ReceivedAt is not null).ToList();
        if (received.Count == 0)
        {
            return new(ProtectionAssessmentInTime, NotApplicable, Opened);
        }

        if (received.Any(r => r.ProtectionAssessedInTime == false))
        {
            return new(ProtectionAssessmentInTime, No, source);
        }

        return received.All(r => r.ProtectionAssessedAt is not null)
            ? new(ProtectionAssessmentInTime, Yes, source)
            : new(ProtectionAssessmentInTime, ForTheReviewer, source);
    }

    private static ChecklistAnswer Assessment(CaseFile file, string item, Func<AssessmentFact, bool> yes) =>
        file.Links?.AssessmentId is null
            ? new(item, NotApplicable, Opened)
            : file.Assessment is { DecidedAt: not null } assessment
                ? new(item, YesNo(yes(assessment)), Decided)
                : new(item, ForTheReviewer, Decided);

    private static ChecklistAnswer Extension(CaseFile file) =>
        file.Links?.AssessmentId is null
            ? new(ExtensionReasons, NotApplicable, Opened)
            : file.Extension is { } extension
                ? new(ExtensionReasons, extension.WasExtended ? ForTheReviewer : NotApplicable, Decided)
                : new(ExtensionReasons, ForTheReviewer, Decided);

    /// <summary>Only a reporter who asked is owed feedback, and only such a report has a feedback task that ends.</summary>
    private static ChecklistAnswer Feedback(IReadOnlyList<ReportFact> reports)
    {
        var ended = reports.Where(r => r.FeedbackEndedAt is not null).ToList();
        if (ended.Count == 0)
        {
            return new(FeedbackToReporter, NotApplicable, "ReportRegistered");
        }

        return ended.All(r => r.FeedbackGiven)
            ? new(FeedbackToReporter, Yes, "ReporterFeedbackGiven")
            : new(FeedbackToReporter, No, "ReporterFeedbackNotGiven");
    }

    private static string YesNo(bool yes) => yes ? Yes : No;
}
