using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Placements.Access;
using Placements.Data;
using Placements.Domain.Regional;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.RegionalExchange;

/// <summary>The municipality's placements started in the period beside the region's, by pseudonymous key.</summary>
internal sealed record ReconciliationResponse(
    string Municipality, string Region, string From, string To, int LocalCount, int RegionalCount,
    IReadOnlyList<MissingInRegion> MissingInRegion, IReadOnlyList<string> MissingLocally, IReadOnlyList<MissingInRegion> OutdatedInRegion);

/// <summary>A local placement the region lacks (or holds in an older version): its key, and the placement it links back to.</summary>
internal sealed record MissingInRegion(string Key, Guid PlacementId, int LocalVersion, int? RegionalVersion);

/// <summary>
/// <c>GET /regional/reconciliation?from=yyyy-MM&amp;to=yyyy-MM</c> (Värnamo's finding, DOMAIN.md §2.6): for the caller's
/// municipality only, its local count beside the region's, its keys the region lacks and the region's keys it does not know.
/// Only the municipality links a key back to a placement: it recomputes the keys with its own secret.
/// </summary>
internal static class ReconciliationEndpoint
{
    public static RouteGroupBuilder MapReconciliation(this RouteGroupBuilder group)
    {
        group.MapGet("/regional/reconciliation", HandleAsync).Produces<ReconciliationResponse>();
        return group;
    }

    private static async Task<IResult> HandleAsync(
        string? from, string? to, PlacementsDbContext db, CurrentUser user, PseudonymousKeys keys, RegionalRecordStore store, CancellationToken cancellationToken)
    {
        if (PlacementsAccess.RefuseUnlessRegionalExchange(user) is { } refused)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        var (first, last) = (Month(from, "from", errors), Month(to, "to", errors));
        errors.Require(first is null || last is null || first <= last, "to", "Not before from.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var (start, end) = (first!.Value, last!.Value.AddMonths(1));
        var municipality = user.Tenant.Value;
        var local = (await db.Placements.Where(p => p.StartedOn >= start && p.StartedOn < end).Select(p => new { p.Id, p.Version }).ToListAsync(cancellationToken))
            .ToDictionary(p => keys.KeyOf(municipality, p.Id));
        var regional = await store.InRegionAsync(user.Tenant.County, region => region.RegionalRecords
            .Where(r => r.MunicipalityCode == municipality && r.StartMonth >= start && r.StartMonth < end)
            .ToDictionaryAsync(r => r.Key, r => r.Version, cancellationToken));
        var missing = local.Where(l => !regional.ContainsKey(l.Key)).Select(l => new MissingInRegion(l.Key, l.Value.Id, l.Value.Version, null)).ToList();
        var outdated = local.Where(l => regional.TryGetValue(l.Key, out var v) && v < l.Value.Version)
            .Select(l => new MissingInRegion(l.Key, l.Value.Id, l.Value.Version, regional[l.Key])).ToList();
        return Results.Ok(new ReconciliationResponse(
            municipality, user.Tenant.County, from!, to!, local.Count, regional.Count, missing,
            [.. regional.Keys.Where(k => !local.ContainsKey(k)).Order(StringComparer.Ordinal)], outdated));
    }

    internal static DateOnly? Month(string? text, string field, ValidationErrors errors)
    {
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }

        errors.Add(field, "Required: a month, yyyy-MM.");
        return null;
    }
}
