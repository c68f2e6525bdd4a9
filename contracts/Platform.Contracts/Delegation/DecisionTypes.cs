namespace Platform.Contracts.Delegation;

/// <summary>Facts about decision types that every service must agree on.</summary>
public static class DecisionTypes
{
    /// <summary>The decisions only the committee takes (DOMAIN.md §3): an order cannot grant them to an official.</summary>
    public static readonly IReadOnlySet<DecisionType> CommitteeOnly = new HashSet<DecisionType>
    {
        DecisionType.PlacementForLongTermCare,
        DecisionType.ApplyForLvuCare,
        DecisionType.ImmediateCustodyLvu,
    };
}
