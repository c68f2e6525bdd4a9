using Assessment.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;

namespace Assessment.Consumers;

/// <summary>
/// Notes that intake recorded the immediate protection assessment of a report: a förhandsbedömning
/// decision waits for it on every anmälan (DOMAIN.md §2.1).
/// </summary>
/// <remarks>Runs inside the inbox filter's transaction, which saves; the consumer only applies the message.</remarks>
internal sealed class ProtectionAssessmentRecordedConsumer(AssessmentDbContext db) : IConsumer<ProtectionAssessmentRecorded>
{
    public async Task Consume(ConsumeContext<ProtectionAssessmentRecorded> context)
    {
        var message = context.Message;

        // Registration and the protection assessment arrive on different queues; failing here
        // redelivers this message until the registration has been consumed.
        var report = await db.Reports.FirstOrDefaultAsync(r => r.ReportId == message.ReportId, context.CancellationToken)
            ?? throw new InvalidOperationException("The assessed report has not been registered here yet.");
        report.ProtectionAssessmentRecordedAt ??= message.AssessedAt.ToUniversalTime();
    }
}
