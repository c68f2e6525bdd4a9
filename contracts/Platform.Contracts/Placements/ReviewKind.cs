namespace Platform.Contracts.Placements;

/// <summary>The committee's recurring review of a placement; which one follows from the legal basis.</summary>
public enum ReviewKind
{
    /// <summary>Övervägande under 6 kap. 8 § SoL, for a voluntary placement.</summary>
    SolConsideration,

    /// <summary>Övervägande under 13 § LVU, for care under 2 § LVU.</summary>
    LvuConsideration,

    /// <summary>Omprövning under 13 § LVU, for care under 3 § LVU.</summary>
    LvuReexamination,
}
