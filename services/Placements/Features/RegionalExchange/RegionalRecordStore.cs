using Microsoft.EntityFrameworkCore;
using Placements.Data;
using Placements.Domain.Regional;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Tenancy;
using Platform.Contracts.Tenancy;

namespace Placements.Features.RegionalExchange;

/// <summary>What a delivery did: stored a new key, replaced an older version, or changed nothing (a resend or an older version).</summary>
internal enum RegionalDelivery
{
    Created,
    Updated,
    Unchanged,
}

/// <summary>
/// The region's side of the exchange. The region's rows belong to the region (tenant = länskod), so they
/// are written and read in a unit of work of the region's own, never in the sending municipality's. A key
/// keeps its highest version: a resend or an out-of-order older version changes nothing.
/// </summary>
internal sealed class RegionalRecordStore(IServiceScopeFactory scopes, TimeProvider time)
{
    public Task<RegionalDelivery> ApplyAsync(ValidRegionalRecord record, CancellationToken cancellationToken) =>
        InRegionAsync(record.Region, async db =>
        {
            // A concurrent first delivery of the same key loses on the unique key; the retry sees the winner's row.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await ApplyOnceAsync(db, record, cancellationToken);
                }
                catch (DbUpdateException e) when (e.IsConflict() && attempt < 3)
                {
                    db.ChangeTracker.Clear();
                }
            }
        });

    /// <summary>Runs work in a unit of work scoped to the region, whose rows no municipality's unit of work can see.</summary>
    public async Task<T> InRegionAsync<T>(string region, Func<PlacementsDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(TenantId.Parse(region));
        return await work(scope.ServiceProvider.GetRequiredService<PlacementsDbContext>());
    }

    private async Task<RegionalDelivery> ApplyOnceAsync(PlacementsDbContext db, ValidRegionalRecord record, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var row = await db.RegionalRecords.SingleOrDefaultAsync(r => r.MunicipalityCode == record.MunicipalityCode && r.Key == record.Key, cancellationToken);
        if (row is not null && row.Version >= record.Version)
        {
            return RegionalDelivery.Unchanged;
        }

        var delivery = row is null ? RegionalDelivery.Created : RegionalDelivery.Updated;
        if (row is null)
        {
            row = new RegionalRecord { Id = Guid.CreateVersion7(now), MunicipalityCode = record.MunicipalityCode, Key = record.Key };
            db.RegionalRecords.Add(row);
        }

        row.Apply(record, now);
        await db.SaveChangesAsync(cancellationToken);
        return delivery;
    }
}
