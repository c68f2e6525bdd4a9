namespace Platform.Contracts.Assessment;

/// <summary>What an assessment decided; also all a reporter may be told (DOMAIN.md §2.2).</summary>
public enum AssessmentOutcome
{
    /// <summary>An investigation is opened (11 kap 1 § SoL).</summary>
    OpenInvestigation,

    /// <summary>No investigation is opened.</summary>
    DoNotOpen,

    /// <summary>An investigation about the child is already ongoing.</summary>
    InvestigationAlreadyOngoing,

    /// <summary>Forwarded to the municipality where the child lives (överlämnande); nothing is decided here.</summary>
    Forwarded,
}
