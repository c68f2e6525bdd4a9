namespace PlatformConsole.Investigation;

/// <summary>The investigation API's enumerations (kebab-case on the wire) with their Swedish labels.</summary>
internal static class InvestigationChoices
{
    public static readonly IReadOnlyList<(string Value, string Label)> Manners =
        [("in-person", "Personligen"), ("phone", "Telefon"), ("letter", "Brev"), ("digital", "Digitalt")];

    public static readonly IReadOnlyList<(string Value, string Label)> ConsultationKinds =
        [("consultation", "Konsultation"), ("reference-contact", "Referenskontakt")];

    public static readonly IReadOnlyList<(string Value, string Label)> RiskMethods =
        [("freda", "FREDA"), ("patriark", "PATRIARK"), ("other", "Annan metod")];

    public static readonly IReadOnlyList<(string Value, string Label)> RiskLevels =
        [("low", "Låg"), ("moderate", "Måttlig"), ("high", "Hög")];

    public static readonly IReadOnlyList<(string Value, string Label)> PoliceStances =
        [("no-known-crime", "Inget känt brott"), ("reported", "Polisanmält"), ("not-reported", "Inte polisanmält")];

    public static readonly IReadOnlyList<(string Value, string Label)> CommunicationParties =
        [("guardian", "Vårdnadshavare"), ("child", "Barnet"), ("other-party", "Annan part")];

    public static readonly IReadOnlyList<(string Value, string Label)> Outcomes =
        [("interventions", "Insatser"), ("no-intervention", "Ingen insats")];

    public static readonly IReadOnlyList<(string Value, string Label)> InterventionKinds =
        [("open-care", "Öppenvård"), ("placement", "Placering")];

    public static readonly IReadOnlyList<(string Value, string Label)> OpenCareTypes =
        [("contact-person", "Kontaktperson"), ("contact-family", "Kontaktfamilj"), ("family-treatment", "Familjebehandling"), ("other", "Annan öppenvård")];

    public static readonly IReadOnlyList<(string Value, string Label)> Origins =
        [("application", "Ansökan"), ("assessment-decision", "Beslut efter förhandsbedömning")];

    /// <summary>The parts recorded as text, each with its form's label.</summary>
    public static readonly IReadOnlyList<(string Part, string Label, string Submit)> TextParts =
    [
        ("child-view", "Barnets synpunkter, med barnets egna ord", "Spara barnets synpunkter"),
        ("needs-assessment", "Bedömning av barnets behov", "Spara behovsbedömningen"),
        ("guardians-ability", "Vårdnadshavarnas förmåga", "Spara vårdnadshavarnas förmåga"),
        ("conclusion", "Slutsats", "Spara slutsatsen"),
    ];
}
