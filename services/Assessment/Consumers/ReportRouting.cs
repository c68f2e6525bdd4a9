using Assessment.Data;
using Assessment.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts.Assessment;
using Platform.Contracts.Intake;

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

        if (await OngoingInvestigationAsync(db, report.ChildId, cancellationToken) is { } investigationId)
        {
            var feedbackPeriod = await db.FeedbackPeriodAsync(now, cancellationToken);
            var recorded = InitialAssessment.InvestigationAlreadyOngoing(report, investigationId, feedbackPeriod, now);
            db.Assessments.Add(recorded);
            db.FeedbackTasks.AddRange(recorded.FeedbackTasks);
            db.AddEvent(AssessmentEvents.Opened(recorded, report, now));
            db.AddEvent(AssessmentEvents.Decided(recorded));
            return;
        }

        var earlier = await db.Assessments.AnyAsync(a => a.ChildId == report.ChildId, cancellationToken);
        var opened = InitialAssessment.Open(report, priorKnowledgeInRecords: earlier, now);
        db.Assessments.Add(opened);
        db.AddEvent(AssessmentEvents.Opened(opened, report, now));
    }

    /// <summary>The child's investigation, while the investigation service has announced it open and not closed.</summary>
    private static Task<Guid?> OngoingInvestigationAsync(AssessmentDbContext db, Guid childId, CancellationToken cancellationToken) =>
        db.OngoingInvestigations
            .Where(i => i.ChildId == childId && i.ClosedAt == null)
            .OrderByDescending(i => i.OpenedAt)
            .Select(i => (Guid?)i.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
