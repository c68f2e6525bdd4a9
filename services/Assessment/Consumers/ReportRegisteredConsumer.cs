using Assessment.Data;
using Assessment.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts.Intake;

namespace Assessment.Consumers;

/// <summary>Opens an assessment for an anmälan or annan kännedom, or joins the child's open one.</summary>
internal sealed class ReportRegisteredConsumer(
    AssessmentDbContext db,
    MessagingOptions options,
    TimeProvider time,
    ILogger<ReportRegisteredConsumer> logger)
    : IdempotentConsumer<ReportRegistered, AssessmentDbContext>(db, options, time, logger)
{
    protected override async Task HandleAsync(ReportRegistered message, CancellationToken cancellationToken)
    {
        // The inbox catches a redelivery; this catches the same report republished under a new event id.
        if (await Db.Reports.AnyAsync(r => r.ReportId == message.ReportId, cancellationToken))
        {
            return;
        }

        var now = Time.GetUtcNow();
        var report = AssessmentReport.From(message, now);
        Db.Reports.Add(report);
        await ReportRouting.RouteAsync(Db, report, now, cancellationToken);
    }
}
