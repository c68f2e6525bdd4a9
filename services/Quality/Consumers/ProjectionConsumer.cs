using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Quality.Data;
using Quality.Domain.Events;
using Quality.Features.Deviations;
using Quality.Features.Shared;

namespace Quality.Consumers;

/// <summary>
/// Every event the projections read is consumed alike: kept in the received-events table, applied to the facts
/// and aggregates, and any deviation it shows raised, all in the inbox's transaction. An event already kept
/// (published again under another message id) changes nothing.
/// </summary>
internal sealed class ProjectionConsumer<TMessage>(QualityDbContext db, EventProjector projector, AutomaticDeviations deviations, TimeProvider time) : IConsumer<TMessage>
    where TMessage : class, IIntegrationEvent
{
    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        await db.HoldForTenantAsync(cancellationToken);
        if (await db.ReceivedEvents.AnyAsync(e => e.EventId == message.EventId, cancellationToken))
        {
            return;
        }

        db.ReceivedEvents.Add(ReceivedEvent.Of(message, time.GetUtcNow()));
        await projector.ApplyAsync(message, cancellationToken);
        await deviations.RaiseForAsync(message, cancellationToken);
    }
}
