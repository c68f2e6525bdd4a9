using Aspire.AppHost.RabbitMq;
using Npgsql;
using Platform.Bench.Hosting;
using Platform.Contracts.Hosting;

namespace Platform.Bench.Chaos.Ledger;

/// <summary>
/// Waits until nothing is on its way: every service's outbox sent (delayed redeliveries included)
/// and every queue but the error queues empty, three looks in a row. Counting before that would call
/// late messages lost.
/// </summary>
internal static class PlatformBacklog
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static async Task<bool> UntilDrainedAsync(BenchPlatform platform, RabbitMqManagement broker, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + Limit;
        var emptyInARow = 0;
        while (DateTime.UtcNow < until && emptyInARow < 3)
        {
            var pending = 0L;
            foreach (var service in PlatformResources.Services)
            {
                await using var connection = new NpgsqlConnection(platform.SuperuserConnectionString(service.Name));
                await connection.OpenAsync(cancellationToken);
                await using var unsent = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND dead_at IS NULL", connection);
                pending += (long)(await unsent.ExecuteScalarAsync(cancellationToken))!;
            }

            pending += (await broker.QueueDepthsAsync(cancellationToken))
                .Where(q => !q.Key.EndsWith("_error", StringComparison.Ordinal) && !q.Key.EndsWith("_skipped", StringComparison.Ordinal))
                .Sum(q => q.Value);
            emptyInARow = pending == 0 ? emptyInARow + 1 : 0;
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }

        return emptyInARow >= 3;
    }
}
