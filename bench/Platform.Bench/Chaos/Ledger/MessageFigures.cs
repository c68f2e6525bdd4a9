using Npgsql;
using Platform.Bench.Hosting;
using Platform.Contracts.Hosting;

namespace Platform.Bench.Chaos.Ledger;

/// <summary>Messages consumed (inbox rows), held for a delayed redelivery, and given up by a relay (dead outbox rows), over every service.</summary>
internal sealed record MessageFigures(long Processed, long DelayedRedeliveries, long DeadOutboxRows)
{
    public static async Task<MessageFigures> ReadAsync(BenchPlatform platform, CancellationToken cancellationToken)
    {
        long processed = 0, delayed = 0, dead = 0;
        foreach (var service in PlatformResources.Services)
        {
            await using var connection = new NpgsqlConnection(platform.SuperuserConnectionString(service.Name));
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                "SELECT (SELECT count(*) FROM inbox_messages), (SELECT count(*) FROM outbox_messages WHERE destination IS NOT NULL), (SELECT count(*) FROM outbox_messages WHERE dead_at IS NOT NULL)",
                connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            processed += reader.GetInt64(0);
            delayed += reader.GetInt64(1);
            dead += reader.GetInt64(2);
        }

        return new MessageFigures(processed, delayed, dead);
    }
}
