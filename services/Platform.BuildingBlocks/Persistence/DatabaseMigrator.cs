using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// Applies the service's migrations at start-up, as the table-owner login, before
/// anything else starts. An advisory lock makes replicas that start together take turns.
/// </summary>
internal sealed class DatabaseMigrator<TDb>(
    string ownerConnectionString,
    IServiceProvider services,
    ILogger<DatabaseMigrator<TDb>> logger) : IHostedService
    where TDb : ServiceDbContext
{
    private static readonly TimeSpan StartupPatience = TimeSpan.FromSeconds(60);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var lockConnection = await OpenWithPatienceAsync(cancellationToken);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext('platform-migrations'))", lockConnection))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            // A model change without a migration stops the start here (EF Core's pending-model-changes check, ADR 10).
            var options = new DbContextOptionsBuilder<TDb>().UseNpgsql(ownerConnectionString).Options;
            // Outside the pool: the owner login, and no tenant (migrations see no rows through the filters).
            await using var db = ActivatorUtilities.CreateInstance<TDb>(services, options);
            await SquashedHistory.BridgeAsync(db, logger, cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database migrated; {Count} migrations applied", pending.Count);
        }
        finally
        {
            // The lock is the session's: a pooled connection would keep it, and the next replica would wait for ever.
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext('platform-migrations'))", lockConnection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<NpgsqlConnection> OpenWithPatienceAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StartupPatience;
        while (true)
        {
            var connection = new NpgsqlConnection(ownerConnectionString);
            try
            {
                await connection.OpenAsync(cancellationToken);
                return connection;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await connection.DisposeAsync();
                logger.LogWarning("Database not reachable yet; retrying");
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }
}
