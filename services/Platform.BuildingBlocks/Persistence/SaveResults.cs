using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.ServiceDefaults.Problems;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>Save-or-409: a write that lost a race with another is a conflict to reload, not a 500.</summary>
public static class SaveResults
{
    /// <summary>Saves; a concurrent change to the same record (or a duplicate key) is a 409, not a 500.</summary>
    public static async Task<IResult?> SaveOrConflictAsync(this ServiceDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException e) when (e.IsConflict())
        {
            return Problems.Conflict(e is DbUpdateConcurrencyException
                ? "The record was changed by someone else at the same time; reload it and try again."
                : "The same change was made by someone else at the same time; reload and try again.");
        }
    }

    /// <summary>A unique key was taken by a concurrent insert.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>The named unique key was taken by a concurrent insert.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception, string constraint) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } violation && violation.ConstraintName == constraint;

    /// <summary>The save lost a race: a concurrency token changed, or a unique key was taken.</summary>
    public static bool IsConflict(this DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException || exception.IsUniqueViolation();
}
