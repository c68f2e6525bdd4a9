using Assessment.Data;
using Assessment.Domain.Investigations;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Investigation;

namespace Assessment.Consumers;

/// <summary>Notes that the child is under investigation, so that a new report about the child is recorded as "investigation already ongoing".</summary>
internal sealed class InvestigationOpenedConsumer(AssessmentDbContext db) : IConsumer<InvestigationOpened>
{
    public async Task Consume(ConsumeContext<InvestigationOpened> context)
    {
        var message = context.Message;
        if (await db.OngoingInvestigations.AnyAsync(i => i.Id == message.InvestigationId, context.CancellationToken))
        {
            return;
        }

        db.OngoingInvestigations.Add(new OngoingInvestigation { Id = message.InvestigationId, ChildId = message.ChildId, OpenedAt = message.OpenedAt.ToUniversalTime() });
    }
}
