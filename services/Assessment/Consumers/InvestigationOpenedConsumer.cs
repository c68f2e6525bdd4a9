using Assessment.Data;
using MassTransit;
using Platform.Contracts.Investigation;

namespace Assessment.Consumers;

/// <summary>Notes that the child is under investigation, so that a new report about the child is recorded as "investigation already ongoing".</summary>
internal sealed class InvestigationOpenedConsumer(AssessmentDbContext db) : IConsumer<InvestigationOpened>
{
    public Task Consume(ConsumeContext<InvestigationOpened> context) =>
        db.NoteAsync(context.Message.InvestigationId, context.Message.ChildId, context.Message.OpenedAt, closedAt: null, context.CancellationToken);
}
