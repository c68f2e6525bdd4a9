namespace Platform.Contracts.Intake;

/// <summary>Who made a report, as a category (never the person).</summary>
public enum ReporterCategory
{
    /// <summary>School.</summary>
    School,

    /// <summary>Preschool.</summary>
    Preschool,

    /// <summary>Health care.</summary>
    HealthCare,

    /// <summary>Police.</summary>
    Police,

    /// <summary>Social services.</summary>
    SocialServices,

    /// <summary>Another authority.</summary>
    OtherAuthority,

    /// <summary>A private person.</summary>
    PrivatePerson,

    /// <summary>Anonymous.</summary>
    Anonymous,
}
