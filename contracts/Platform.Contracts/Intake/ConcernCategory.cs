namespace Platform.Contracts.Intake;

/// <summary>The kind of concern a report raises.</summary>
public enum ConcernCategory
{
    /// <summary>Violence.</summary>
    Violence,

    /// <summary>Neglect.</summary>
    Neglect,

    /// <summary>Substance use.</summary>
    SubstanceUse,

    /// <summary>Crime.</summary>
    Crime,

    /// <summary>Honour-related violence and oppression.</summary>
    HonourRelated,

    /// <summary>Mental health.</summary>
    MentalHealth,

    /// <summary>School absence.</summary>
    SchoolAbsence,

    /// <summary>Anything else.</summary>
    Other,
}
