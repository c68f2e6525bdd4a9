using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.BuildingBlocks.Tenancy;
using Platform.ServiceDefaults.Telemetry;

namespace Platform.BuildingBlocks.Messaging;

/// <summary>
/// Publishes outbox rows in order, waiting for the broker's confirm before marking a row sent.
/// Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so replicas never publish the same row
/// twice at once; a row whose publish fails stays, with a back-off, until the broker is back.
/// </summary>
internal sealed class OutboxRelay<TDb>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    MessagingOptions options,
    ServiceTelemetry telemetry,
    TimeProvider time,
    ILogger<OutboxRelay<TDb>> logger) : BackgroundService
    where TDb : MessagingDbContext
{
    /// <summary>The header that counts delayed redeliveries of a consumed message.</summary>
    public const string RedeliveryHeader = "platform-redelivery";

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
            .FromSql($"SELECT * FROM outbox_messages WHERE sent_at IS NULL AND not_before <= {now} ORDER BY id LIMIT {options.RelayBatchSize} FOR UPDATE SKIP LOCKED")
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
                row.Attempts++;
                row.LastError = ex.GetType().Name;
                row.NotBefore = time.GetUtcNow() + Backoff(row.Attempts);
                logger.LogWarning("Publishing outbox message {MessageId} failed ({ErrorType}), attempt {Attempt}", row.MessageId, row.LastError, row.Attempts);
                break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows.Count == options.RelayBatchSize && sent == rows.Count;
    }

    private async Task PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var type = Type.GetType(row.MessageType, throwOnError: true)!;
        var message = JsonSerializer.Deserialize(row.Body, type, MessageJson.Options)!;
        ActivityContext.TryParse(row.TraceParent, row.TraceState, out var parent);
        using var activity = telemetry.Source.StartActivity("outbox relay", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", row.MessageId);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.PublishTimeout);
        if (row.Destination is null)
        {
            await bus.Publish(message, type, context => context.MessageId = row.MessageId, timeout.Token);
            return;
        }

        var endpoint = await bus.GetSendEndpoint(new Uri(row.Destination));
        await endpoint.Send(message, type, context =>
        {
            context.MessageId = row.MessageId;
            context.Headers.Set(RedeliveryHeader, row.Redelivery);
        }, timeout.Token);
    }

    private TimeSpan Backoff(int attempts)
    {
        var seconds = Math.Min(Math.Pow(2, attempts - 1) * 0.5, options.MaxPublishBackoff.TotalSeconds);
        return TimeSpan.FromSeconds(seconds);
    }
}
