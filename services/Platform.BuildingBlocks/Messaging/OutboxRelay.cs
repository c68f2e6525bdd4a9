using System.Diagnostics;
using System.Reflection;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.BuildingBlocks.Tenancy;
using Platform.ServiceDefaults.Telemetry;

namespace Platform.BuildingBlocks.Messaging;

/// <summary>
/// Publishes outbox rows in order, each as its stored envelope (nothing is serialised again),
/// waiting for the broker's confirm before marking a row sent.
/// Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so replicas never publish the same row
/// twice at once. A failed publish leaves the row with a back-off; a row that keeps failing while
/// the broker is up is dead after <see cref="MessagingOptions.MaxPublishAttempts"/> tries.
/// </summary>
internal sealed class OutboxRelay<TDb>(
    IServiceScopeFactory scopes,
    IBusControl bus,
    OutboxSignal signal,
    MessagingOptions options,
    ServiceTelemetry telemetry,
    TimeProvider time,
    ILogger<OutboxRelay<TDb>> logger) : BackgroundService
    where TDb : MessagingDbContext
{
    private static readonly MethodInfo PublishSendEndpoint =
        typeof(IPublishEndpointProvider).GetMethod(nameof(IPublishEndpointProvider.GetPublishSendEndpoint))!;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RelayBatchAsync(stoppingToken))
                {
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Outbox relay pass failed with {ErrorType}", ex.GetType().Name);
            }

            await signal.WaitAsync(options.RelayPollInterval, stoppingToken);
        }
    }

    /// <summary>Relays one batch; true when a full batch went out and more may be waiting.</summary>
    private async Task<bool> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().UseMessagingSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var rows = await db.OutboxMessages
            .FromSql($"SELECT * FROM outbox_messages WHERE sent_at IS NULL AND dead_at IS NULL AND not_before <= {now} ORDER BY id LIMIT {options.RelayBatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var row in rows)
        {
            try
            {
                await PublishAsync(row, cancellationToken);
                row.SentAt = time.GetUtcNow();
                sent++;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                Failed(row, ex);
                break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows.Count == options.RelayBatchSize && sent == rows.Count;
    }

    private async Task PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        ActivityContext.TryParse(row.TraceParent, row.TraceState, out var parent);
        using var activity = telemetry.Source.StartActivity("outbox relay", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", row.MessageId);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.PublishTimeout);

        // The token alone is not enough: a send that began on a channel as the broker died can wait
        // for ever in MassTransit's topology set-up, which does not observe it, and would hold this
        // relay (and its claimed rows) until the process ends. The row is failed instead; its next
        // attempt gets the new connection's channel.
        await SendAsync(row, timeout.Token).WaitAsync(options.PublishTimeout, cancellationToken);
    }

    private async Task SendAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var type = Type.GetType(row.MessageType, throwOnError: false)
            ?? throw new InvalidOperationException("The outbox row names a message type this service does not know.");
        if (row.ContentType is null)
        {
            OutboxEnvelope.WrapBareMessage(row, type);
        }

        // The row itself is the message sent: the stored-envelope serializer turns it into its body.
        var endpoint = row.Destination is null ? await PublishEndpointAsync(type) : await bus.GetSendEndpoint(new Uri(row.Destination));
        await endpoint.Send(row, context =>
        {
            context.MessageId = row.MessageId;
            context.SupportedMessageTypes = MessageTypeCache.GetMessageTypeNames(type);
            context.Serializer = StoredEnvelopeSerializer.Instance;
        }, cancellationToken);
    }

    /// <summary>The endpoint a publish of the type goes to, with the type's publish topology (its exchange and those of its interfaces).</summary>
    private Task<ISendEndpoint> PublishEndpointAsync(Type type) =>
        (Task<ISendEndpoint>)PublishSendEndpoint.MakeGenericMethod(type).Invoke(bus, BindingFlags.DoNotWrapExceptions, null, null, null)!;

    /// <summary>
    /// Counts the failure only while the bus is healthy: a broker outage is nobody's row's fault, and
    /// must not make rows dead one after another.
    /// </summary>
    private void Failed(OutboxMessage row, Exception ex)
    {
        var now = time.GetUtcNow();
        row.LastError = ex.GetType().Name;
        if (bus.CheckHealth().Status != BusHealthStatus.Healthy)
        {
            row.NotBefore = now + options.MaxPublishBackoff;
            logger.LogWarning("Publishing outbox message {MessageId} failed ({ErrorType}) while the broker is unavailable", row.MessageId, row.LastError);
            return;
        }

        row.Attempts++;
        if (row.Attempts >= options.MaxPublishAttempts)
        {
            row.DeadAt = now;
            logger.LogError("Outbox message {MessageId} of type {MessageType} is dead after {Attempts} attempts ({ErrorType}); replay it once the cause is fixed",
                row.MessageId, row.MessageType, row.Attempts, row.LastError);
            return;
        }

        row.NotBefore = now + Backoff(row.Attempts);
        logger.LogWarning("Publishing outbox message {MessageId} failed ({ErrorType}), attempt {Attempt}", row.MessageId, row.LastError, row.Attempts);
    }

    private TimeSpan Backoff(int attempts)
    {
        var seconds = Math.Min(Math.Pow(2, attempts - 1) * 0.5, options.MaxPublishBackoff.TotalSeconds);
        return TimeSpan.FromSeconds(seconds);
    }
}
