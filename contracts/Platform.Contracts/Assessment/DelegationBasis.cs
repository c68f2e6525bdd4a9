namespace Platform.Contracts.Assessment;

/// <summary>What gave the decision-maker the right to decide.</summary>
public enum DelegationBasis
{
    /// <summary>The municipality's delegation order names the decider's role.</summary>
    DelegationOrder,

    /// <summary>A written sub-delegation by the head of department, in force on the day of the decision.</summary>
    SubDelegation,
}
