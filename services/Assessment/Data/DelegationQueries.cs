using Assessment.Domain.Delegation;
using Microsoft.EntityFrameworkCore;

namespace Assessment.Data;

internal static class DelegationQueries
{
    public static Task<DelegationOrderVersion?> CurrentDelegationOrderAsync(this AssessmentDbContext db, CancellationToken cancellationToken) =>
        db.DelegationOrders.OrderByDescending(o => o.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Checks the decider against the order in force (the default until the municipality writes one) and its sub-delegations.</summary>
    public static async Task<DelegationVerdict> CheckDelegationAsync(
        this AssessmentDbContext db, DecisionType decision, Decider decider, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var current = await db.CurrentDelegationOrderAsync(cancellationToken);
        var order = current is null ? DelegationOrder.Default : DelegationOrderJson.Deserialize(current.Grants);
        var subDelegations = await db.SubDelegations
            .Where(s => s.Decision == decision && s.DelegateRole == decider.Role)
            .ToListAsync(cancellationToken);
        return DelegationRules.Check(order, subDelegations, decision, decider, at);
    }
}
