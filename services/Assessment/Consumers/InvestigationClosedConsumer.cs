using Assessment.Data;
using MassTransit;
using Platform.Contracts.Investigation;

namespace Assessment.Consumers;

/// <summary>
/// Notes that the child's investigation closed: a new report about the child is assessed again. Closed
/// before its opening was consumed, it is kept closed, so a late opening changes nothing.
/// </summary>
internal sealed class InvestigationClosedConsumer(AssessmentDbContext db) : IConsumer<InvestigationClosed>
{
    public Task Consume(ConsumeContext<InvestigationClosed> context) =>
        db.NoteAsync(context.Message.InvestigationId, context.Message.ChildId, openedAt: context.Message.ClosedAt, context.Message.ClosedAt, context.CancellationToken);
}
