namespace PlatformConsole.Placements;

/// <summary>The duties a caseworker records as done on a placement: the API's kind, the action below the placement, and the form's texts.</summary>
internal static class PlacementDuties
{
    public const string Visit = "visit";

    public static readonly IReadOnlyList<(string Kind, string Action, string DayLabel, string Submit)> Recorded =
    [
        ("care-plan", "care-plan", "Dag då vård- och genomförandeplanen var klar", "Spara vårdplanen"),
        (Visit, "visits", "Dag för besöket", "Spara besöket"),
        ("custody-transfer-consideration", "custody-transfer-considerations", "Dag för övervägandet av vårdnadsöverflyttning", "Spara övervägandet"),
        ("post-lvu-follow-up", "post-lvu-follow-up", "Dag då uppföljningen efter LVU avslutades", "Spara uppföljningen"),
    ];
}
