namespace Placements.Domain.Placements;

/// <summary>Where a placement stands: decided (from the investigation), started, or ended.</summary>
internal enum PlacementStatus
{
    Decided,
    Started,
    Ended,
}
