namespace Platform.Contracts.Investigation;

/// <summary>What opened an investigation.</summary>
public enum InvestigationOrigin
{
    /// <summary>An assessment's decision to open one.</summary>
    AssessmentDecision,

    /// <summary>An application (ansökan) registered at intake: an application always opens one.</summary>
    Application,
}
