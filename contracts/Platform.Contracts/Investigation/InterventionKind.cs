namespace Platform.Contracts.Investigation;

/// <summary>The kind of an intervention.</summary>
public enum InterventionKind
{
    /// <summary>Open care (öppenvård).</summary>
    OpenCare,

    /// <summary>Care outside the home.</summary>
    Placement,
}
