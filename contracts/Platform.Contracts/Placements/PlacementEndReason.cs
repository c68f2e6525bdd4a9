namespace Platform.Contracts.Placements;

/// <summary>Why a placement ended: the first five are planned endings, the rest breakdowns.</summary>
public enum PlacementEndReason
{
    /// <summary>The goal of the care was reached.</summary>
    GoalReached,

    /// <summary>The child moved home.</summary>
    MovedHome,

    /// <summary>The young person turned 18 or 21.</summary>
    CameOfAge,

    /// <summary>The child moved on to another placement, as planned.</summary>
    MovedToAnotherPlacement,

    /// <summary>Another planned ending.</summary>
    OtherPlanned,

    /// <summary>Breakdown: the home or family ended it.</summary>
    HomeEndedIt,

    /// <summary>Breakdown: the provider ended it.</summary>
    ProviderEndedIt,

    /// <summary>Breakdown: the child left or refused to stay.</summary>
    ChildLeft,

    /// <summary>Breakdown: the placement did not meet the child's needs.</summary>
    NeedsNotMet,

    /// <summary>Another breakdown.</summary>
    OtherBreakdown,
}
