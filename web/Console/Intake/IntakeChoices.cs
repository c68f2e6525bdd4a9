namespace PlatformConsole.Intake;

/// <summary>The intake API's enumerations (kebab-case on the wire) with their Swedish labels.</summary>
internal static class IntakeChoices
{
    public static readonly IReadOnlyList<(string Value, string Label)> Channels =
    [
        ("phone", "Telefon"), ("e-service", "E-tjänst"), ("letter", "Brev"), ("e-mail", "E-post"), ("in-person", "Besök"),
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> Classifications =
    [
        ("anmalan", "Anmälan"), ("annan-kannedom", "Annan kännedom"), ("ansokan", "Ansökan"),
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> ReporterCategories =
    [
        ("school", "Skola"), ("preschool", "Förskola"), ("health-care", "Hälso- och sjukvård"), ("police", "Polis"),
        ("social-services", "Socialtjänst"), ("other-authority", "Annan myndighet"), ("private-person", "Privatperson"), ("anonymous", "Anonym"),
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> Concerns =
    [
        ("violence", "Våld"), ("neglect", "Försummelse"), ("substance-use", "Missbruk"), ("crime", "Kriminalitet"),
        ("honour-related", "Hedersrelaterat"), ("mental-health", "Psykisk ohälsa"), ("school-absence", "Skolfrånvaro"), ("other", "Annat"),
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> Genders =
    [
        ("unknown", "Okänt"), ("female", "Flicka"), ("male", "Pojke"),
    ];

    public static string Label(IReadOnlyList<(string Value, string Label)> choices, string? value) =>
        choices.FirstOrDefault(c => c.Value == value).Label ?? value ?? "–";
}
