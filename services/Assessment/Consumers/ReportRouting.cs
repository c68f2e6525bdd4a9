using Assessment.Data;
using Assessment.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts;
using Platform.Contracts.Assessment;
using Platform.Contracts.Intake;
using Platform.Rules;

namespace Assessment.Consumers;

/// <summary>Where a report that needs assessing goes: an open assessment of the child, an ongoing investigation, or a new assessment.</summary>
internal static class ReportRouting
{
    public static async Task RouteAsync(AssessmentDbContext db, AssessmentReport report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (report.Classification == Classification.Ansokan)
        {
            report.Disposition = ReportDisposition.NotAssessed;
            return;
        }

        var open = await db.Assessments.Include(a => a.Reports)
            .FirstOrDefaultAsync(a => a.ChildId == report.ChildId && a.Status == AssessmentStatus.Open, cancellationToken);
        if (open is not null)
        {
            // The deadline runs from the earliest receipt: a report received earlier moves it, and says so.
            if (open.Attach(report, ReportDisposition.JoinedAssessment) is { } moved)
            {
                db.AddEvent(AssessmentEvents.DeadlineChanged(open, moved, report.ReportId, DeadlineChangeReason.EarlierReportJoined, now));
            }

            return;
        }

        var investigation = await OngoingInvestigationAsync(db, report.ChildId, now, cancellationToken);
        if (investigation is { } investigationAssessmentId)
        {
            var feedbackPeriod = await db.FeedbackPeriodAsync(now, cancellationToken);
            var recorded = InitialAssessment.InvestigationAlreadyOngoing(report, investigationAssessmentId, feedbackPeriod, now);
            db.Assessments.Add(recorded);
            db.FeedbackTasks.AddRange(recorded.FeedbackTasks);
            return;
        }

        var earlier = await db.Assessments.AnyAsync(a => a.ChildId == report.ChildId, cancellationToken);
        var opened = InitialAssessment.Open(report, priorKnowledgeInRecords: earlier, now);
        db.Assessments.Add(opened);
        db.AddEvent(AssessmentEvents.Opened(opened, report, now));
    }

    /// <summary>
    /// The child is under investigation when this service decided to open one whose statutory period
    /// has not yet run out. Until the investigation service announces closures, that period is the
    /// best knowledge this service has.
    /// </summary>
    private static async Task<Guid?> OngoingInvestigationAsync(AssessmentDbContext db, Guid childId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var opened = await db.Assessments
            .Where(a => a.ChildId == childId && a.Outcome == AssessmentOutcome.OpenInvestigation)
            .Select(a => new { a.Id, DecidedAt = a.DecidedAt!.Value })
            .ToListAsync(cancellationToken);
        return opened
            .Where(o => RuleCatalogue.Due(RuleIds.Investigation, o.DecidedAt) > now)
            .OrderByDescending(o => o.DecidedAt)
            .Select(o => (Guid?)o.Id)
            .FirstOrDefault();
    }
}
