using System.Diagnostics;
using Platform.Contracts;

namespace Platform.BuildingBlocks.Messaging;

/// <summary>Writing events to the outbox of a service's database.</summary>
public static class OutboxExtensions
{
    /// <summary>
    /// Adds an event to the outbox in the MassTransit envelope it will be published in. It is stored
    /// by the same <c>SaveChanges</c> as the state change and published after the commit, as stored,
    /// with the current trace as its parent.
    /// </summary>
    public static void AddEvent<TEvent>(this MessagingDbContext db, TEvent integrationEvent)
        where TEvent : class, IIntegrationEvent
    {
        var activity = Activity.Current;
        db.OutboxMessages.Add(new OutboxMessage
        {
            MessageId = integrationEvent.EventId,
            TenantId = integrationEvent.TenantId,
            MessageType = MessageJson.TypeName(typeof(TEvent)),
            ContentType = OutboxEnvelope.ContentType.MediaType,
            Body = OutboxEnvelope.ForEvent(integrationEvent, typeof(TEvent), integrationEvent.EventId, db.ConversationId, integrationEvent.OccurredAt),
            TraceParent = activity?.Id,
            TraceState = activity?.TraceStateString,
            CreatedAt = integrationEvent.OccurredAt,
            NotBefore = integrationEvent.OccurredAt,
        });
    }
}
