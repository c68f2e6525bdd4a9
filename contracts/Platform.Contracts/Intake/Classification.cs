namespace Platform.Contracts.Intake;

/// <summary>How a report is classified; the class decides which rules apply.</summary>
public enum Classification
{
    /// <summary>Report of concern (orosanmälan): requires the immediate protection assessment.</summary>
    Anmalan,

    /// <summary>Application for help (ansökan).</summary>
    Ansokan,

    /// <summary>Information otherwise (annan kännedom), e.g. a court or police notice.</summary>
    AnnanKannedom,
}
