using Assessment.Domain.Assessments;
using Platform.Contracts;
using Platform.Contracts.Assessment;
using Platform.Rules;

namespace Assessment.Features.GetAssessment;

internal static class AssessmentDetailsMapper
{
    /// <summary>
    /// The assessment as shown; <paramref name="showTexts"/> is false for a reader outside the roles that see a
    /// protected child's texts: free text, and where the child went, stay hidden.
    /// </summary>
    public static AssessmentDetails ToDetails(this InitialAssessment a, DateTimeOffset now, bool showTexts = true)
    {
        string? Text(string? text) => showTexts ? text : null;
        var reference = a.Reference();
        return new(
            a.Id,
            a.ChildId,
            a.Status,
            a.Unit,
            RuleIds.InitialAssessment,
            a.IsStatutory,
            reference.Display,
            reference.Verified,
            a.ReceivedAt,
            a.OriginalDueAt,
            StockholmCalendar.LastDayBefore(a.OriginalDueAt),
            a.DueAt,
            StockholmCalendar.LastDayBefore(a.DueAt),
            a.IsOverdue(now),
            a.IsExtended,
            a.HasViolenceConcern,
            a.HasCloseRelativeViolence,
            a.IsProtectedIdentity,
            !showTexts,
            a.PriorKnowledgeInRecords,
            a.Triage,
            a.AssigneeId is null ? null : new AssigneeDetails(a.AssigneeId, a.AssigneeName ?? string.Empty, a.AssignedAt!.Value, a.AssignedByName),
            a.HasPriorKnowledge is { } prior
                ? new PriorKnowledgeDetails(prior, Text(a.PriorKnowledgeWeighing), a.PriorKnowledgeRecordedAt, a.PriorKnowledgeRecordedByName)
                : null,
            a.ChildViewObtained is { } obtained
                ? new ChildViewDetails(obtained, Text(a.ChildView), a.ChildViewRecordedAt, a.ChildViewRecordedByName)
                : null,
            a.Outcome is { } outcome
                ? new DecisionDetails(outcome, Text(a.DecisionReasoning), a.DecidedAt!.Value, a.DecidedWithinDeadline == true, a.DecidedWithinDeadline != true,
                    a.DecidedWithinStatutoryDeadline != true, a.IsExtended ? a.DecidedWithinDeadline != true : null,
                    a.DecisionProvisionId, a.DecisionProvision, a.DeciderName, a.DeciderRole, a.DelegationBasis, a.DelegationOrderVersion, a.SubDelegationId,
                    Committee(a), a.ForwardedToMunicipality is { } to && showTexts ? new ForwardingDetails(to, a.ForwardedOn!.Value) : null,
                    Text(a.ViolenceOverrideReason), a.FlaggedForQualityFollowUp, a.RecordedAutomatically)
                : null,
            [.. a.Reports.OrderBy(r => r.ReceivedAt).Select(ToSummary)],
            [.. a.Extensions.OrderBy(e => e.ExtendedAt).Select(e => new ExtensionDetails(
                e.PreviousDueAt, e.NewDueAt, Text(e.Reason), e.ExtendedAt, e.ExtendedByName, e.ExtendedByRole, e.DelegationBasis, e.DelegationOrderVersion, e.SubDelegationId))],
            [.. a.FeedbackTasks.OrderBy(t => t.DueAt).Select(t => t.ToDetails(showTexts))],
            History(a, RecordingKind.PriorKnowledge, showTexts),
            History(a, RecordingKind.ChildView, showTexts));
    }

    public static FeedbackTaskDetails ToDetails(this FeedbackTask t, bool showTexts = true) => new(
        t.Id, t.ReportId, t.CaseNumber, t.ReporterCategory, t.Outcome, t.DueAt, t.Result, showTexts ? t.NotGivenReason : null, t.EndedAt, t.EndedByName,
        t.EndedAt is { } ended ? ended < t.DueAt : null);

    private static ReportSummary ToSummary(AssessmentReport r)
    {
        var ownDue = InitialAssessment.OwnDueAt(r);
        return new(r.ReportId, r.CaseNumber, r.Classification, r.ReceivedAt, ownDue, ownDue is { } due ? StockholmCalendar.LastDayBefore(due) : null,
            r.Disposition, r.ReporterCategory, r.IsMandatoryReporter, r.FeedbackRequested, r.ProtectionAssessmentRecordedAt is not null);
    }

    private static CommitteeDetails? Committee(InitialAssessment a) =>
        a.DelegationBasis is DelegationBasis.CommitteeMeeting or DelegationBasis.UrgentChairDecision
            ? new CommitteeDetails(a.DelegationBasis == DelegationBasis.UrgentChairDecision, a.CommitteeMeetingDate,
                a.CommitteeProtocolParagraph, a.UrgentDecisionReportedOn, a.UrgentDecisionReportParagraph)
            : null;

    private static IReadOnlyList<RecordingDetails> History(InitialAssessment a, RecordingKind kind, bool showTexts) =>
        [.. a.Recordings.Where(r => r.Kind == kind).OrderBy(r => r.RecordedAt).Select(r => new RecordingDetails(r.Answer, showTexts ? r.Text : null, r.RecordedAt, r.RecordedByName))];
}
