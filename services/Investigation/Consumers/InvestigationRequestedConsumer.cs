using Investigation.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Assessment;
using Platform.Contracts.Investigation;

namespace Investigation.Consumers;

/// <summary>Opens the investigation an assessment decided on, from the reports intake registered; or attaches them to the child's open one.</summary>
/// <remarks>Runs inside the inbox filter's transaction, which saves; the consumer only applies the message.</remarks>
internal sealed class InvestigationRequestedConsumer(InvestigationDbContext db, TimeProvider time) : IConsumer<InvestigationRequested>
{
    public async Task Consume(ConsumeContext<InvestigationRequested> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        if (await db.Investigations.AnyAsync(i => i.AssessmentId == message.AssessmentId, cancellationToken))
        {
            return;
        }

        // Registration and the request arrive on different queues; failing here redelivers this
        // message until every report it names has been registered here (the child's gender and
        // birth year-month come only from there).
        var reports = await db.Reports.Where(r => message.ReportIds.Contains(r.ReportId)).ToListAsync(cancellationToken);
        if (reports.Count == 0 || reports.Count < message.ReportIds.Distinct().Count())
        {
            throw new InvalidOperationException("A report of the requested investigation has not been registered here yet.");
        }

        var ordered = reports.OrderBy(r => r.ReceivedAt).ToList();
        await InvestigationOpening.OpenOrAttachAsync(
            db, ordered, InvestigationOrigin.AssessmentDecision, message.AssessmentId, message.Unit, message.HasViolenceConcern,
            message.RequestedAt.ToUniversalTime(), time.GetUtcNow(), cancellationToken);
    }
}
