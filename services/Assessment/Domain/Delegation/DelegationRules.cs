using Platform.BuildingBlocks.Authorization;
using Platform.Rules;

namespace Assessment.Domain.Delegation;

/// <summary>Checks a decider against the delegation order and the sub-delegations in force (DOMAIN.md §3).</summary>
internal static class DelegationRules
{
    public static DelegationVerdict Check(
        DelegationOrder order,
        IEnumerable<SubDelegation> subDelegations,
        DecisionType decision,
        Decider decider,
        DateTimeOffset at)
    {
        var verdict = CheckDelegation(order, subDelegations, decision, decider, at);
        if (verdict.Allowed && DecisionRules.RequiresQualification(decision, decider.Role) && !decider.IsQualified)
        {
            return DelegationVerdict.Refused(AccessRules.QualifiedStaff,
                "Only staff with a social-work degree or equivalent may take this decision (3 kap. 3 a § SoL).");
        }

        return verdict;
    }

    private static DelegationVerdict CheckDelegation(
        DelegationOrder order, IEnumerable<SubDelegation> subDelegations, DecisionType decision, Decider decider, DateTimeOffset at)
    {
        if (order.Allows(decision, decider.Role))
        {
            return DelegationVerdict.ByOrder();
        }

        var today = StockholmCalendar.LocalDate(at);
        var sub = subDelegations
            .Where(s => s.Covers(decision, decider) && s.IsInForce(today, at))
            .OrderBy(s => s.ValidTo)
            .FirstOrDefault();
        return sub is not null
            ? DelegationVerdict.BySubDelegation(sub.Id)
            : DelegationVerdict.Refused(DecisionRules.DelegationRule(decision),
                $"The delegation order does not let the role {decider.Role} decide {DecisionRules.Name(decision)}, and no written sub-delegation in force covers it.");
    }
}
