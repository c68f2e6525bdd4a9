using Platform.Contracts;
using Platform.Contracts.Assessment;
using Platform.Contracts.Intake;
using Platform.Rules;

namespace Assessment.Domain.Assessments;

internal sealed partial class InitialAssessment
{
    public static InitialAssessment Open(AssessmentReport first, bool priorKnowledgeInRecords, DateTimeOffset now)
    {
        var assessment = new InitialAssessment
        {
            Id = Guid.CreateVersion7(now),
            TenantId = first.TenantId,
            ChildId = first.ChildId,
            Unit = first.Unit,
            Status = AssessmentStatus.Open,
            ReceivedAt = first.ReceivedAt,
            OpenedAt = now,
            PriorKnowledgeInRecords = priorKnowledgeInRecords,
            HasPriorKnowledge = priorKnowledgeInRecords ? true : null,
        };
        assessment.Attach(first, ReportDisposition.OpenedAssessment);
        return assessment;
    }

    /// <summary>A report about a child already under investigation: nothing to decide, but the reporter may still be told.</summary>
    public static InitialAssessment InvestigationAlreadyOngoing(
        AssessmentReport report, Guid investigationAssessmentId, RulePeriod feedbackPeriod, DateTimeOffset now)
    {
        var assessment = Open(report, priorKnowledgeInRecords: true, now);
        report.Disposition = ReportDisposition.InvestigationAlreadyOngoing;
        assessment.Status = AssessmentStatus.Decided;
        assessment.Outcome = AssessmentOutcome.InvestigationAlreadyOngoing;
        assessment.DecidedAt = now;
        assessment.DecidedWithinDeadline = now < assessment.DueAt;
        assessment.RecordedAutomatically = true;
        assessment.OngoingInvestigationAssessmentId = investigationAssessmentId;
        assessment.CreateFeedbackTasks(feedbackPeriod, now);
        return assessment;
    }

    public void Attach(AssessmentReport report, ReportDisposition disposition)
    {
        report.AssessmentId = Id;
        report.Disposition = disposition;
        Reports.Add(report);
        Refresh();
    }

    /// <summary>Takes out a report reclassified as an ansökan; true when none is left and the assessment closed.</summary>
    public bool Detach(AssessmentReport report, DateTimeOffset now)
    {
        Reports.Remove(report);
        report.AssessmentId = null;
        report.Disposition = ReportDisposition.NotAssessed;
        if (Reports.Count == 0)
        {
            Status = AssessmentStatus.Closed;
            ClosedAt = now;
            Version++;
            return true;
        }

        ReceivedAt = Reports.Min(r => r.ReceivedAt);
        Refresh();
        return false;
    }

    /// <summary>Re-derives what follows from the reports: the rule (statutory or municipal), the deadline, the flags.</summary>
    public void Refresh()
    {
        IsStatutory = Reports.Any(r => r.Classification == Classification.Anmalan);
        HasViolenceConcern = Reports.Any(r => r.HasViolenceConcern);
        IsProtectedIdentity = Reports.Any(r => r.IsProtectedIdentity);
        var wasExtended = IsExtended;
        OriginalDueAt = RuleCatalogue.Due(RuleId(), ReceivedAt);
        if (!wasExtended || DueAt < OriginalDueAt)
        {
            DueAt = OriginalDueAt;
        }

        Version++;
    }

    /// <summary>The statutory rule while an anmälan is among the reports; for annan kännedom alone, the municipal one.</summary>
    public string RuleId() => IsStatutory ? RuleIds.InitialAssessment : RuleIds.InitialAssessmentAnnanKannedom;

    public LegalReference Reference() => RuleCatalogue.Reference(RuleId(), StockholmCalendar.LocalDate(ReceivedAt));

    public void CreateFeedbackTasks(RulePeriod feedbackPeriod, DateTimeOffset now)
    {
        foreach (var report in Reports.Where(r => r.WantsFeedback))
        {
            FeedbackTasks.Add(new FeedbackTask
            {
                Id = Guid.CreateVersion7(now),
                TenantId = TenantId,
                AssessmentId = Id,
                ReportId = report.ReportId,
                CaseNumber = report.CaseNumber,
                ReporterCategory = report.ReporterCategory,
                Outcome = Outcome!.Value,
                CreatedAt = now,
                DueAt = RuleCatalogue.Due(RuleIds.ReporterFeedback, now, feedbackPeriod),
            });
        }
    }
}
