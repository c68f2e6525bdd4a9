using System.Data;
using Microsoft.EntityFrameworkCore;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>Reads of several statements (split queries) that must show one moment of the database.</summary>
public static class SnapshotReads
{
    /// <summary>
    /// Runs the read in one repeatable-read snapshot. Without it a split query reads a record and its
    /// children in separate statements, and a consumer committing in between shows, for example, a joined
    /// report beside the deadline from before it joined. Inside an open transaction, that one is used.
    /// </summary>
    public static async Task<T> InOneSnapshotAsync<T>(this DbContext db, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await read(cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var result = await read(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
