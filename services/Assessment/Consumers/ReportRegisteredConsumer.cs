using Assessment.Data;
using Assessment.Domain.Assessments;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;

namespace Assessment.Consumers;

/// <summary>Opens an assessment for an anmälan or annan kännedom, or joins the child's open one.</summary>
/// <remarks>Runs inside the inbox filter's transaction, which saves; the consumer only applies the message.</remarks>
internal sealed class ReportRegisteredConsumer(AssessmentDbContext db, TimeProvider time) : IConsumer<ReportRegistered>
{
    public async Task Consume(ConsumeContext<ReportRegistered> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;

        // The inbox catches a redelivery; this catches the same report republished under a new event id.
        if (await db.Reports.AnyAsync(r => r.ReportId == message.ReportId, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var report = AssessmentReport.From(message, now);
        db.Reports.Add(report);
        await ReportRouting.RouteAsync(db, report, now, cancellationToken);
    }
}
