namespace PlatformConsole.Placements;

/// <summary>The placements API's enumerations (kebab-case on the wire) with their Swedish labels.</summary>
internal static class PlacementChoices
{
    public static readonly IReadOnlyList<(string Value, string Label)> Types =
    [
        ("hvb", "HVB"), ("foster-home-own", "Familjehem (kommunens eget)"), ("foster-home-consultant", "Konsulentstött familjehem"),
        ("network-home", "Nätverkshem"), ("emergency-home", "Jourhem"), ("supported-housing", "Stödboende"), ("sis", "Särskilt ungdomshem (SiS)"),
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> LegalBases =
    [
        ("sol", "Frivillig (SoL)"), ("lvu2", "LVU 2 § (hemmiljön)"), ("lvu3", "LVU 3 § (eget beteende)"),
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> Statuses =
    [
        ("decided", "Beslutad, inte påbörjad"), ("started", "Pågår"), ("ended", "Avslutad"),
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> ReviewKinds =
    [
        ("sol-consideration", "Övervägande (6 kap. 8 § SoL)"), ("lvu-consideration", "Övervägande (13 § LVU)"), ("lvu-reexamination", "Omprövning (13 § LVU)"),
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> Endings =
    [
        ("planned", "Planerat"), ("unplanned", "Oplanerat (sammanbrott)"),
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> EndReasons =
    [
        ("goal-reached", "Målet uppnått"), ("moved-home", "Flyttat hem"), ("came-of-age", "Blivit myndig"),
        ("moved-to-another-placement", "Flyttat till annan placering"), ("other-planned", "Annat planerat"),
        ("home-ended-it", "Hemmet avslutade"), ("provider-ended-it", "Utföraren avslutade"), ("child-left", "Barnet lämnade"),
        ("needs-not-met", "Behoven tillgodosågs inte"), ("other-breakdown", "Annat sammanbrott"),
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> Indicators =
    [
        ("plan-in-place", "Vård- och genomförandeplan"), ("school-or-occupation", "Skola eller sysselsättning"), ("well-being", "Välbefinnande"),
        ("safety", "Trygghet"), ("treatment-by-staff", "Bemötande"), ("participation", "Delaktighet"),
    ];

    /// <summary>A rating 1–5; the child's answer may be left out.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Ratings = [.. Enumerable.Range(1, 5).Select(n => (n.ToString(), n.ToString()))];
}
