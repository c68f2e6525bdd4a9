using Platform.BuildingBlocks.Authorization;
using Platform.Contracts;
using Platform.Contracts.Delegation;
using Platform.Rules;

namespace Platform.BuildingBlocks.Delegation;

/// <summary>Checks a decider against the delegation order in force and the sub-delegations in force (DOMAIN.md §3).</summary>
public static class DelegationRules
{
    /// <summary>The verdict on a decider: the order in force on the day (null when the municipality has none), then the sub-delegations in force.</summary>
    public static DelegationVerdict Check(
        (DelegationOrder Order, int Version)? order,
        IEnumerable<SubDelegation> subDelegations,
        DecisionType decision,
        Decider decider,
        DateTimeOffset at)
    {
        var today = StockholmCalendar.LocalDate(at);
        if (order is not { } inForce)
        {
            return DelegationVerdict.NoOrder(
                $"The municipality has no delegation order in force on {today:yyyy-MM-dd} ({RuleCatalogue.Provision(LegalProvisionIds.DelegationOrder, today).Display}): " +
                "no delegated decision can be taken until the committee's order is recorded.");
        }

        var verdict = CheckDelegation(inForce.Order, inForce.Version, subDelegations, decision, decider, at, today);
        if (verdict.Allowed && DecisionNames.RequiresQualification(decision) && !decider.IsQualified)
        {
            return DelegationVerdict.Refused(AccessRules.QualifiedStaff,
                $"Only staff with a social-work degree or equivalent may take this decision ({RuleCatalogue.Provision(LegalProvisionIds.QualifiedStaff, today).Display}).");
        }

        return verdict;
    }

    private static DelegationVerdict CheckDelegation(
        DelegationOrder order, int version, IEnumerable<SubDelegation> subDelegations, DecisionType decision, Decider decider, DateTimeOffset at, DateOnly today)
    {
        if (order.Allows(decision, decider.Role))
        {
            return DelegationVerdict.ByOrder(version);
        }

        // A sub-delegation counts only while the order in force still lets the decision be sub-delegated.
        var sub = order.AllowsSubDelegation(decision)
            ? subDelegations.Where(s => s.Covers(decision, decider) && s.IsInForce(today, at)).OrderBy(s => s.ValidTo).FirstOrDefault()
            : null;
        return sub is not null
            ? DelegationVerdict.BySubDelegation(sub.Id, version)
            : DelegationVerdict.Refused(DecisionNames.DelegationRule(decision),
                $"The delegation order (version {version}) does not let the role {decider.Role} decide {DecisionNames.Name(decision)}, and no written sub-delegation in force covers it.");
    }
}
