using Investigation.Data;
using Investigation.Domain.Investigations;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Contracts.Investigation;

namespace Investigation.Consumers;

/// <summary>
/// Keeps what every registered report says about the child (for a later request from assessment to
/// look up); an application (ansökan) always opens an investigation, and any report about a child
/// under investigation attaches to it.
/// </summary>
/// <remarks>Runs inside the inbox filter's transaction, which saves; the consumer only applies the message.</remarks>
internal sealed class ReportRegisteredConsumer(InvestigationDbContext db, TimeProvider time) : IConsumer<ReportRegistered>
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
        var report = ReportRecord.From(message, now);
        db.Reports.Add(report);
        if (message.Classification == Classification.Ansokan)
        {
            // An application is investigated from its receipt (11 kap. 1 § SoL).
            await InvestigationOpening.OpenOrAttachAsync(
                db, [report], InvestigationOrigin.Application, null, message.Unit, report.HasViolenceConcern, report.ReceivedAt, now, cancellationToken);
            return;
        }

        var open = await db.OpenInvestigationOfAsync(message.ChildId, cancellationToken);
        open?.Attach(report, now);
    }
}
