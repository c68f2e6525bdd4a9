using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.Contracts.Tenancy;

namespace Platform.BuildingBlocks.Messaging;

/// <summary>
/// Base of every consumer. The message is handled in one transaction with its inbox row, so a
/// redelivery changes nothing. A failure is retried in process, then redelivered later through the
/// outbox (durable: the broker here has no delayed-message plugin), and after the last redelivery
/// it is thrown, which moves the message to the endpoint's error queue for an operator.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TDb>(
    TDb db,
    MessagingOptions options,
    TimeProvider time,
    ILogger logger) : IConsumer<TMessage>
    where TMessage : class, IIntegrationEvent
    where TDb : MessagingDbContext
{
    /// <summary>The service's database, scoped to the message's tenant.</summary>
    protected TDb Db => db;

    /// <summary>The clock the consumer stamps and measures deadlines with.</summary>
    protected TimeProvider Time => time;

    private string ConsumerName => GetType().Name;

    /// <summary>Applies the message to the state; called inside the transaction. Do not save.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);

    /// <inheritdoc />
    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var cancellationToken = context.CancellationToken;
        if (!TenantId.TryParse(context.Message.TenantId, out var tenant))
        {
            throw new InvalidOperationException("The message names no valid tenant.");
        }

        db.Tenant.Use(tenant);
        ExceptionDispatchInfo? failure = null;
        foreach (var delay in options.ImmediateRetryDelays.Prepend(TimeSpan.Zero))
        {
            await Task.Delay(delay, time, cancellationToken);
            try
            {
                await HandleOnceAsync(context, cancellationToken);
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
                db.ChangeTracker.Clear();
            }
        }

        var redelivery = context.Headers.Get<int>(OutboxRelay<TDb>.RedeliveryHeader) ?? 0;
        if (redelivery < options.RedeliveryDelays.Length)
        {
            await ScheduleRedeliveryAsync(context, redelivery, cancellationToken);
            logger.LogWarning("{Consumer} failed on message {MessageId} ({ErrorType}); redelivery {Redelivery} scheduled",
                ConsumerName, context.MessageId, failure!.SourceException.GetType().Name, redelivery + 1);
            return;
        }

        logger.LogError("{Consumer} gave up on message {MessageId} ({ErrorType}); it goes to the error queue",
            ConsumerName, context.MessageId, failure!.SourceException.GetType().Name);
        failure.Throw();
    }

    private async Task HandleOnceAsync(ConsumeContext<TMessage> context, CancellationToken cancellationToken)
    {
        var messageId = context.MessageId ?? context.Message.EventId;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var recorded = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO inbox_messages (message_id, consumer, tenant_id, processed_at) VALUES ({messageId}, {ConsumerName}, {context.Message.TenantId}, {time.GetUtcNow()}) ON CONFLICT DO NOTHING",
            cancellationToken);
        if (recorded == 0)
        {
            Activity.Current?.SetTag("platform.inbox.duplicate", true);
            return;
        }

        await HandleAsync(context.Message, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task ScheduleRedeliveryAsync(ConsumeContext<TMessage> context, int redelivery, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        db.OutboxMessages.Add(new OutboxMessage
        {
            MessageId = context.MessageId ?? context.Message.EventId,
            TenantId = context.Message.TenantId,
            MessageType = MessageJson.TypeName(typeof(TMessage)),
            Body = JsonSerializer.Serialize(context.Message, MessageJson.Options),
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
