using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// Carries a database that was migrated by migrations since squashed into one baseline
/// (<see cref="ReplacesMigrationsAttribute"/>): its history rows of the replaced migrations give way to
/// the baseline's, so the baseline is not run over the schema it describes. A database that stopped
/// part-way through the replaced migrations cannot be carried and says so.
/// </summary>
internal static class SquashedHistory
{
    public static async Task BridgeAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var migrations = db.GetService<IMigrationsAssembly>().Migrations;
        var baselines = migrations
            .Select(m => (Id: m.Key, Replaces: m.Value.GetCustomAttribute<ReplacesMigrationsAttribute>()))
            .Where(m => m.Replaces is not null)
            .ToList();
        var history = db.GetService<IHistoryRepository>();
        if (baselines.Count == 0 || !await history.ExistsAsync(cancellationToken))
        {
            return;
        }

        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(r => r.MigrationId).ToList();
        var replaced = applied.Where(id => !migrations.ContainsKey(id)).ToList();
        foreach (var (id, replaces) in baselines)
        {
            if (applied.Contains(id) || replaced.Count == 0)
            {
                continue;
            }

            if (!replaced.Contains(replaces!.LastReplaced))
            {
                throw new InvalidOperationException(
                    $"The database was migrated up to {replaced.Max()}, short of {replaces.LastReplaced}, which the baseline {id} replaces. " +
                    "Start the previous release once to finish its migrations, or recreate the database.");
            }

            var script = string.Concat(replaced.Select(history.GetDeleteScript).Append(history.GetInsertScript(new HistoryRow(id, ProductInfo.GetVersion()))));
            await db.Database.ExecuteSqlRawAsync(script, cancellationToken);
            logger.LogInformation("Migration history squashed: {Count} replaced migrations recorded as baseline {Baseline}", replaced.Count, id);
        }
    }
}
