namespace Platform.Contracts.Assessment;

/// <summary>What gave the decision-maker the right to decide.</summary>
public enum DelegationBasis
{
    /// <summary>The municipality's delegation order names the decider's role.</summary>
    DelegationOrder,

    /// <summary>A written sub-delegation by the head of department, in force on the day of the decision.</summary>
    SubDelegation,

    /// <summary>The committee itself, at a meeting (meeting date and protocol paragraph recorded).</summary>
    CommitteeMeeting,

    /// <summary>The chair's urgent decision on the committee's behalf, reported to its next meeting.</summary>
    UrgentChairDecision,

    /// <summary>No one decided: the platform recorded it from another service's event (e.g. the child already under investigation).</summary>
    RecordedByPlatform,
}
