using Assessment.Data;
using Assessment.Domain.Investigations;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Investigation;

namespace Assessment.Consumers;

/// <summary>Notes that the child's investigation closed: a new report about the child is assessed again.</summary>
internal sealed class InvestigationClosedConsumer(AssessmentDbContext db) : IConsumer<InvestigationClosed>
{
    public async Task Consume(ConsumeContext<InvestigationClosed> context)
    {
        var message = context.Message;
        var investigation = await db.OngoingInvestigations.FirstOrDefaultAsync(i => i.Id == message.InvestigationId, context.CancellationToken);
        if (investigation is null)
        {
            // Closed before its opening was consumed: keep it closed, so a late opening changes nothing.
            db.OngoingInvestigations.Add(new OngoingInvestigation { Id = message.InvestigationId, ChildId = message.ChildId, OpenedAt = message.ClosedAt.ToUniversalTime(), ClosedAt = message.ClosedAt.ToUniversalTime() });
            return;
        }

        investigation.ClosedAt ??= message.ClosedAt.ToUniversalTime();
    }
}
