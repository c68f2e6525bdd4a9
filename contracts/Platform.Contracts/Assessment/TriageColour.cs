namespace Platform.Contracts.Assessment;

/// <summary>The triage of an assessment, as several municipalities use it.</summary>
public enum TriageColour
{
    /// <summary>A single risk factor; may be handled at intake.</summary>
    Green,

    /// <summary>Several risk factors; goes to an investigation unit.</summary>
    Yellow,

    /// <summary>Extensive or serious risk; goes to an investigation unit.</summary>
    Red,
}
