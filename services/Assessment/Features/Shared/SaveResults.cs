using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.Shared;

internal static class SaveResults
{
    /// <summary>Saves; a concurrent change to the same record (or a duplicate key) is a 409, not a 500.</summary>
    public static async Task<IResult?> SaveOrConflictAsync(this ServiceDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("The record was changed by someone else at the same time; reload it and try again.");
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.Conflict("The same change was made by someone else at the same time; reload and try again.");
        }
    }
}
