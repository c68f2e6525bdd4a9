using Microsoft.EntityFrameworkCore;
using Quality.Data;

namespace Quality.Features.Shared;

/// <summary>
/// One writer at a time per municipality's projections, held to the end of the transaction: consumers of
/// different queues then never read a case's contributions that another is changing, and a rebuild never
/// interleaves with a consumer (ADR 18).
/// </summary>
internal static class ProjectionLock
{
    public static Task HoldForTenantAsync(this QualityDbContext db, CancellationToken cancellationToken)
    {
        var key = "quality-projections:" + db.CurrentTenantId;
        return db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({key}))", cancellationToken);
    }
}
