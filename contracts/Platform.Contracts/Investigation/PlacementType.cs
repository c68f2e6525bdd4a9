namespace Platform.Contracts.Investigation;

/// <summary>The type of a placement outside the home (DOMAIN.md §2.4).</summary>
public enum PlacementType
{
    /// <summary>Familjehem recruited by the municipality.</summary>
    FosterHomeOwn,

    /// <summary>Familjehem supported by a consultant company.</summary>
    FosterHomeConsultant,

    /// <summary>Nätverkshem: a home in the child's network.</summary>
    NetworkHome,

    /// <summary>Jourhem.</summary>
    EmergencyHome,

    /// <summary>HVB (hem för vård eller boende).</summary>
    Hvb,

    /// <summary>Stödboende.</summary>
    SupportedHousing,

    /// <summary>Särskilt ungdomshem (SiS).</summary>
    Sis,
}
