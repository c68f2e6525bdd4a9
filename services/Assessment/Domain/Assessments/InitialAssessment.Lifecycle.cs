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

    /// <summary>
    /// A report about a child the investigation service has announced under investigation: recorded by the
    /// platform as decided "investigation already ongoing" (the report joins that investigation there), and the reporter may still be told.
    /// </summary>
    public static InitialAssessment InvestigationAlreadyOngoing(
        AssessmentReport report, Guid investigationId, RulePeriod feedbackPeriod, DateTimeOffset now)
    {
        var assessment = Open(report, priorKnowledgeInRecords: true, now);
        report.Disposition = ReportDisposition.InvestigationAlreadyOngoing;
        assessment.Status = AssessmentStatus.Decided;
        assessment.Outcome = AssessmentOutcome.InvestigationAlreadyOngoing;
        assessment.DecidedAt = now;
        assessment.DecidedWithinDeadline = now < assessment.DueAt;
        assessment.DecidedWithinStatutoryDeadline = now < assessment.OriginalDueAt;
        assessment.RecordedAutomatically = true;
        assessment.DeciderRole = PlatformDecider;
        assessment.DelegationBasis = Platform.Contracts.Assessment.DelegationBasis.RecordedByPlatform;
        assessment.DecisionProvisionId = LegalProvisionIds.InitialAssessment;
        assessment.OngoingInvestigationId = investigationId;
        assessment.CreateFeedbackTasks(feedbackPeriod, now);
        return assessment;
    }

    /// <summary>The role an automatic record names as its decider: no official decided it.</summary>
    public const string PlatformDecider = "platform";

    /// <summary>Adds a report; the deadline then runs from the earliest receipt among them (returned when it moved).</summary>
    public DeadlineChange? Attach(AssessmentReport report, ReportDisposition disposition)
    {
        report.AssessmentId = Id;
        report.Disposition = disposition;
        Reports.Add(report);
        return Refresh();
    }

    /// <summary>Takes out a report reclassified as an ansökan; the assessment closes when none is left, otherwise the deadline may move.</summary>
    public DeadlineChange? Detach(AssessmentReport report, DateTimeOffset now)
    {
        Reports.Remove(report);
        report.AssessmentId = null;
        report.Disposition = ReportDisposition.NotAssessed;
        if (Reports.Count > 0)
        {
            return Refresh();
        }

        Status = AssessmentStatus.Closed;
        ClosedAt = now;
        Version++;
        return null;
    }

    /// <summary>
    /// Re-derives what follows from the reports: the earliest receipt, the rule (statutory or municipal),
    /// the deadlines and the flags. Returns the deadlines before, when either moved, so that the caller
    /// announces it; an extension running later than the rule's deadline is kept.
    /// </summary>
    public DeadlineChange? Refresh()
    {
        var before = new DeadlineChange(DueAt, OriginalDueAt);
        var wasExtended = IsExtended;
        ReceivedAt = Reports.Min(r => r.ReceivedAt);
        IsStatutory = Reports.Any(r => r.Classification == Classification.Anmalan);
        HasViolenceConcern = Reports.Any(r => r.HasViolenceConcern);
        HasCloseRelativeViolence = Reports.Any(r => r.ViolenceByCloseRelative == true);
        IsProtectedIdentity = Reports.Any(r => r.IsProtectedIdentity);
        OriginalDueAt = RuleCatalogue.Due(RuleId(), ReceivedAt);
        if (!wasExtended || DueAt < OriginalDueAt)
        {
            DueAt = OriginalDueAt;
        }

        Version++;
        var opening = before.PreviousDueAt == default;
        return opening || (before.PreviousDueAt == DueAt && before.PreviousStatutoryDueAt == OriginalDueAt) ? null : before;
    }

    /// <summary>The statutory rule while an anmälan is among the reports; for annan kännedom alone, the municipal one.</summary>
    public string RuleId() => IsStatutory ? RuleIds.InitialAssessment : RuleIds.InitialAssessmentAnnanKannedom;

    /// <summary>The rule's reference as users see it, cited by the act in force on the day of the earliest receipt.</summary>
    public LegalReference Reference() => RuleCatalogue.Reference(RuleId(), StockholmCalendar.LocalDate(ReceivedAt));

    /// <summary>The rule's own deadline for one report, as if it stood alone: a joined report keeps its own date visible.</summary>
    public static DateTimeOffset? OwnDueAt(AssessmentReport report) => report.Classification switch
    {
        Classification.Anmalan => RuleCatalogue.Due(RuleIds.InitialAssessment, report.ReceivedAt),
        Classification.AnnanKannedom => RuleCatalogue.Due(RuleIds.InitialAssessmentAnnanKannedom, report.ReceivedAt),
        _ => null,
    };

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
