namespace Platform.Contracts.Investigation;

/// <summary>The type of an open-care intervention.</summary>
public enum OpenCareType
{
    /// <summary>Kontaktperson.</summary>
    ContactPerson,

    /// <summary>Kontaktfamilj.</summary>
    ContactFamily,

    /// <summary>Familjebehandling.</summary>
    FamilyTreatment,

    /// <summary>Another open-care intervention, named in the decision.</summary>
    Other,
}
