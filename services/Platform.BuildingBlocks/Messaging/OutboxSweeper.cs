using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.BuildingBlocks.Tenancy;

namespace Platform.BuildingBlocks.Messaging;

/// <summary>
/// Deletes sent outbox rows once they are older than <see cref="MessagingOptions.SentRetention"/>,
/// in small batches so no statement holds its locks for long. Pending and dead rows are never swept.
/// </summary>
internal sealed class OutboxSweeper<TDb>(
    IServiceScopeFactory scopes,
    MessagingOptions options,
    TimeProvider time,
    ILogger<OutboxSweeper<TDb>> logger) : BackgroundService
    where TDb : MessagingDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Outbox sweep failed with {ErrorType}", ex.GetType().Name);
            }
        }
    }

    /// <summary>Deletes every sent row past retention; returns how many.</summary>
    internal async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var sentBefore = time.GetUtcNow() - options.SentRetention;
        var deleted = 0;
        int batch;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().UseMessagingSystemScope();
            var db = scope.ServiceProvider.GetRequiredService<TDb>();
            batch = await db.Database.ExecuteSqlAsync(
                $"DELETE FROM outbox_messages WHERE id IN (SELECT id FROM outbox_messages WHERE sent_at < {sentBefore} ORDER BY id LIMIT {options.SweepBatchSize})",
                cancellationToken);
            deleted += batch;
        }
        while (batch == options.SweepBatchSize);

        if (deleted > 0)
        {
            logger.LogInformation("Outbox sweep deleted {Count} messages sent before {SentBefore}", deleted, sentBefore);
        }

        return deleted;
    }
}
