namespace Platform.Contracts.Placements;

/// <summary>Follow-up indicator scores (1–5) of one placement, averaged over its dialogues (DOMAIN.md §2.4).</summary>
public sealed record IndicatorScores
{
    /// <summary>Care plan and implementation plan in place.</summary>
    public decimal? PlanInPlace { get; init; }

    /// <summary>School or occupation.</summary>
    public decimal? SchoolOrOccupation { get; init; }

    /// <summary>Well-being.</summary>
    public decimal? WellBeing { get; init; }

    /// <summary>Safety.</summary>
    public decimal? Safety { get; init; }

    /// <summary>Treatment by staff.</summary>
    public decimal? TreatmentByStaff { get; init; }

    /// <summary>Participation.</summary>
    public decimal? Participation { get; init; }
}
