using Assessment.Domain.Assessments;
using Platform.Contracts;
using Platform.Rules;

namespace Assessment.Features.GetAssessment;

internal static class AssessmentDetailsMapper
{
    public static AssessmentDetails ToDetails(this InitialAssessment a, DateTimeOffset now) => new(
        a.Id,
        a.ChildId,
        a.Status,
        a.Unit,
        RuleIds.InitialAssessment,
        a.IsStatutory,
        a.Reference().Text,
        a.Reference().Verified,
        a.ReceivedAt,
        a.OriginalDueAt,
        a.DueAt,
        StockholmCalendar.LastDayBefore(a.DueAt),
        a.IsOverdue(now),
        a.IsExtended,
        a.HasViolenceConcern,
        a.PriorKnowledgeInRecords,
        a.Triage,
        a.AssigneeId is null ? null : new AssigneeDetails(a.AssigneeId, a.AssigneeName ?? string.Empty, a.AssignedAt!.Value, a.AssignedByName),
        a.HasPriorKnowledge is { } prior
            ? new PriorKnowledgeDetails(prior, a.PriorKnowledgeWeighing, a.PriorKnowledgeRecordedAt, a.PriorKnowledgeRecordedByName)
            : null,
        a.ChildViewObtained is { } obtained
            ? new ChildViewDetails(obtained, a.ChildView, a.ChildViewRecordedAt, a.ChildViewRecordedByName)
            : null,
        a.Outcome is { } outcome
            ? new DecisionDetails(outcome, a.DecisionReasoning, a.DecidedAt!.Value, a.DecidedWithinDeadline == true, a.DecidedWithinDeadline != true,
                a.DeciderName, a.DeciderRole, a.DelegationBasis, a.ViolenceOverrideReason, a.FlaggedForQualityFollowUp, a.RecordedAutomatically)
            : null,
        [.. a.Reports.OrderBy(r => r.ReceivedAt).Select(r => new ReportSummary(
            r.ReportId, r.CaseNumber, r.Classification, r.ReceivedAt, r.Disposition, r.ReporterCategory, r.IsMandatoryReporter, r.FeedbackRequested))],
        [.. a.Extensions.OrderBy(e => e.ExtendedAt).Select(e => new ExtensionDetails(
            e.PreviousDueAt, e.NewDueAt, e.Reason, e.ExtendedAt, e.ExtendedByName, e.ExtendedByRole, e.DelegationBasis))],
        [.. a.FeedbackTasks.OrderBy(t => t.DueAt).Select(ToDetails)]);

    public static FeedbackTaskDetails ToDetails(this FeedbackTask t) => new(
        t.Id, t.ReportId, t.CaseNumber, t.ReporterCategory, t.Outcome, t.DueAt, t.GivenAt, t.GivenByName,
        t.GivenAt is { } given ? given < t.DueAt : null);
}
