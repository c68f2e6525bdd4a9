using System.Diagnostics;
using System.Runtime.ExceptionServices;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.BuildingBlocks.Tenancy;
using Platform.Contracts;
using Platform.Contracts.Tenancy;

namespace Platform.BuildingBlocks.Messaging;

/// <summary>The names the inbox filter shares with the relay.</summary>
internal static class InboxFilter
{
    /// <summary>The envelope header that counts delayed redeliveries of a consumed message.</summary>
    public const string RedeliveryHeader = "platform-redelivery";
}

/// <summary>
/// Around every consumer of an integration event, in the consumer's scope: the message's tenant for
/// the unit of work, one transaction with the inbox row (a redelivery changes nothing), and the save.
/// A failure is retried in process, then redelivered later through the outbox (durable: the broker
/// here has no delayed-message plugin), and after the last redelivery it is thrown, which moves the
/// message to the endpoint's error queue for an operator. Consumers only apply the message.
/// </summary>
internal sealed class InboxFilter<TMessage>(
    MessagingDbContext db,
    TenantContext tenant,
    MessagingOptions options,
    TimeProvider time,
    ILogger<InboxFilter<TMessage>> logger) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");

    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        if (context.Message is not IIntegrationEvent message)
        {
            await next.Send(context);
            return;
        }

        try
        {
            await ApplyAsync(context, message, next);
        }
        catch (Exception ex) when (context.CancellationToken.IsCancellationRequested && ex is not OperationCanceledException)
        {
            // MassTransit cancels a consume when the broker's channel closes under it. Whatever failed
            // then (a command cut off, say) is not the message's fault: a cancellation leaves the message
            // on the broker to come again, where any other exception would park it in the error queue.
            throw new OperationCanceledException("The consume was cancelled as it failed.", ex, context.CancellationToken);
        }
    }

    private async Task ApplyAsync(ConsumeContext<TMessage> context, IIntegrationEvent message, IPipe<ConsumeContext<TMessage>> next)
    {
        var started = time.GetTimestamp();
        if (!TenantId.TryParse(message.TenantId, out var messageTenant))
        {
            throw new InvalidOperationException("The message names no valid tenant.");
        }

        tenant.Use(messageTenant);
        var consumer = ConsumerName(context);
        var cancellationToken = context.CancellationToken;
        ExceptionDispatchInfo? failure = null;
        foreach (var delay in options.ImmediateRetryDelays.Prepend(TimeSpan.Zero))
        {
            await Task.Delay(delay, time, cancellationToken);
            try
            {
                await HandleOnceAsync(context, message, consumer, next);
                await HandledAsync(context, started);
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
                db.ChangeTracker.Clear();
            }
        }

        var redelivery = context.Headers.Get<int>(InboxFilter.RedeliveryHeader) ?? 0;
        if (redelivery < options.RedeliveryDelays.Length)
        {
            // The database that failed the consumer is often the one that is out; the message stays on the
            // broker, unacknowledged, until its redelivery is written, rather than park a message nothing is wrong with.
            await DatabaseOutage.OutlastAsync(
                () => ScheduleRedeliveryAsync(context, message, redelivery, cancellationToken),
                db.ChangeTracker.Clear, options.RedeliveryDelays[^1], time, cancellationToken);
            logger.LogWarning("{Consumer} failed on message {MessageId} ({ErrorType}); redelivery {Redelivery} scheduled",
                consumer, context.MessageId, failure!.SourceException.GetType().Name, redelivery + 1);
            return;
        }

        logger.LogError("{Consumer} gave up on message {MessageId} ({ErrorType}); it goes to the error queue",
            consumer, context.MessageId, failure!.SourceException.GetType().Name);
        failure.Throw();
    }

    /// <summary>
    /// A duplicate the inbox dropped never reached the consumer, and MassTransit would copy it to the
    /// endpoint's <c>_skipped</c> queue as if nothing here could take it. It was handled: saying so keeps
    /// that queue for messages no consumer of the service knows.
    /// </summary>
    private Task HandledAsync(ConsumeContext<TMessage> context, long started) =>
        context.ReceiveContext.IsDelivered ? Task.CompletedTask : context.NotifyConsumed(context, time.GetElapsedTime(started), "inbox");

    /// <summary>The receive endpoint's queue: one consumer each (<c>service-consumer</c>), so it names the consumer in the inbox.</summary>
    private static string ConsumerName(ConsumeContext context) =>
        context.ReceiveContext.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "consumer";

    private async Task HandleOnceAsync(ConsumeContext<TMessage> context, IIntegrationEvent message, string consumer, IPipe<ConsumeContext<TMessage>> next)
    {
        var cancellationToken = context.CancellationToken;
        var messageId = context.MessageId ?? message.EventId;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var recorded = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO inbox_messages (message_id, consumer, tenant_id, processed_at) VALUES ({messageId}, {consumer}, {message.TenantId}, {time.GetUtcNow()}) ON CONFLICT DO NOTHING",
            cancellationToken);
        if (recorded == 0)
        {
            Activity.Current?.SetTag("platform.inbox.duplicate", true);
            return;
        }

        db.ConversationId = context.ConversationId;
        try
        {
            await next.Send(context);
        }
        finally
        {
            // The context returns to the pool after this unit of work; no later lease may inherit the conversation.
            db.ConversationId = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task ScheduleRedeliveryAsync(ConsumeContext<TMessage> context, IIntegrationEvent message, int redelivery, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var messageId = context.MessageId ?? message.EventId;
        db.OutboxMessages.Add(new OutboxMessage
        {
            MessageId = messageId,
            TenantId = message.TenantId,
            MessageType = MessageJson.TypeName(typeof(TMessage)),
            ContentType = OutboxEnvelope.ContentType.MediaType,
            Body = OutboxEnvelope.ForRedelivery(context, redelivery + 1),
            Destination = context.ReceiveContext.InputAddress.ToString(),
            Redelivery = redelivery + 1,
            TraceParent = Activity.Current?.Id,
            TraceState = Activity.Current?.TraceStateString,
            CreatedAt = now,
            NotBefore = now + options.RedeliveryDelays[redelivery],
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
