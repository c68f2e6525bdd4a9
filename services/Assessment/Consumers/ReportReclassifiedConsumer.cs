using Assessment.Data;
using Assessment.Domain.Assessments;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts.Assessment;
using Platform.Contracts.Intake;

namespace Assessment.Consumers;

/// <summary>
/// Moves a report as its new class requires: an ansökan leaves its open assessment (which closes
/// when nothing is left), an anmälan or annan kännedom is assessed, and between those two the
/// assessment's rule changes between statutory and municipal. A decided assessment keeps its decision.
/// A deadline that moves is announced.
/// </summary>
/// <remarks>Runs inside the inbox filter's transaction, which saves; the consumer only applies the message.</remarks>
internal sealed class ReportReclassifiedConsumer(AssessmentDbContext db, TimeProvider time) : IConsumer<ReportReclassified>
{
    public async Task Consume(ConsumeContext<ReportReclassified> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;

        // Registration and reclassification arrive on different queues; failing here redelivers
        // this message until the registration has been consumed.
        var report = await db.Reports.FirstOrDefaultAsync(r => r.ReportId == message.ReportId, cancellationToken)
            ?? throw new InvalidOperationException("The reclassified report has not been registered here yet.");
        if (report.Classification == message.To)
        {
            return;
        }

        var now = time.GetUtcNow();
        report.Classification = message.To;
        report.ReceivedAt = message.ReceivedAt.ToUniversalTime();
        if (report.AssessmentId is not { } assessmentId)
        {
            await ReportRouting.RouteAsync(db, report, now, cancellationToken);
            return;
        }

        var assessment = await db.Assessments.Include(a => a.Reports).FirstAsync(a => a.Id == assessmentId, cancellationToken);
        if (assessment.Status != AssessmentStatus.Open)
        {
            return;
        }

        var (moved, reason) = message.To != Classification.Ansokan
            ? (assessment.Refresh(), DeadlineChangeReason.ReportReclassified)
            : (assessment.Detach(report, now), DeadlineChangeReason.ReportLeft);
        if (assessment.Status == AssessmentStatus.Closed)
        {
            db.AddEvent(AssessmentEvents.Closed(assessment, report.ReportId));
        }
        else if (moved is not null)
        {
            db.AddEvent(AssessmentEvents.DeadlineChanged(assessment, moved, report.ReportId, reason, now));
        }
    }
}
