namespace Platform.Contracts.Placements;

/// <summary>Whether a placement ended as planned or broke down (sammanbrott), the key indicator of DOMAIN.md §2.4.</summary>
public enum PlacementEnding
{
    /// <summary>Ended as planned.</summary>
    Planned,

    /// <summary>Ended unplanned: a breakdown (sammanbrott).</summary>
    Unplanned,
}
