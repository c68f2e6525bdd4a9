using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Delegation;
using Platform.Rules;

namespace Platform.BuildingBlocks.Delegation;

public static class DelegationQueries
{
    /// <summary>The version in force on a local day: the latest applying by then that carries the committee's decision; null when none does.</summary>
    public static Task<DelegationOrderVersion?> DelegationOrderInForceAsync(this DbContext db, DateOnly day, CancellationToken cancellationToken) =>
        db.Set<DelegationOrderVersion>()
            .Where(o => o.CommitteeDecidedOn != null && o.AppliesFrom != null && o.AppliesFrom <= day)
            .OrderByDescending(o => o.AppliesFrom)
            .ThenByDescending(o => o.Version)
            .FirstOrDefaultAsync(cancellationToken);

    public static async Task<int> LatestDelegationOrderVersionAsync(this DbContext db, CancellationToken cancellationToken) =>
        await db.Set<DelegationOrderVersion>().MaxAsync(o => (int?)o.Version, cancellationToken) ?? 0;

    /// <summary>Checks the decider against the order in force on the day and the sub-delegations; without an order, nothing delegated can be decided.</summary>
    public static async Task<DelegationVerdict> CheckDelegationAsync(
        this DbContext db, DecisionType decision, Decider decider, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var current = await db.DelegationOrderInForceAsync(StockholmCalendar.LocalDate(at), cancellationToken);
        var subDelegations = await db.Set<SubDelegation>()
            .Where(s => s.Decision == decision && s.DelegateRole == decider.Role)
            .ToListAsync(cancellationToken);
        return DelegationRules.Check(
            current is null ? null : (DelegationOrderJson.Deserialize(current.Grants), current.Version), subDelegations, decision, decider, at);
    }
}
