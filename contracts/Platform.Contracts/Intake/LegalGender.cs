namespace Platform.Contracts.Intake;

/// <summary>Legal gender for statistics, derived from the identity number where one is known.</summary>
public enum LegalGender
{
    /// <summary>Not known (e.g. a temporary identity with no gender given).</summary>
    Unknown,

    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,
}
