using static PlatformConsole.Components.Shared.FormValues;

namespace PlatformConsole.Placements;

/// <summary>The writes on a placement as a caseworker (or, for a review, the committee secretary) fills them in, each as the API takes it.</summary>
public sealed class PlacementForms(string today)
{
    public string? StartedOn { get; set; } = today;
    public string? ProviderOrganisationNumber { get; set; }
    public string? FosterHomeId { get; set; }
    public string? CostPerDay { get; set; }
    public string? ReviewKind { get; set; }
    public string? MeetingDate { get; set; } = today;
    public string? ProtocolParagraph { get; set; }
    public bool CareContinues { get; set; } = true;
    public string? HeldOn { get; set; } = today;
    public string? DialogueNote { get; set; }
    public string? EndedOn { get; set; } = today;
    public string? Ending { get; set; } = "planned";
    public string? EndReason { get; set; } = "goal-reached";
    public string? MovedOn { get; set; } = today;
    public string? MovePlacementType { get; set; }

    /// <summary>Per indicator the child's answer ("" when the child did not answer) and the caseworker's rating.</summary>
    public Dictionary<string, string?> ChildAnswers { get; } = PlacementChoices.Indicators.ToDictionary(i => i.Value, _ => (string?)"");

    public Dictionary<string, string?> Ratings { get; } = PlacementChoices.Indicators.ToDictionary(i => i.Value, _ => (string?)"3");

    /// <summary>The duties recorded as done, by kind.</summary>
    public Dictionary<string, DutyForm> Duties { get; } = PlacementDuties.Recorded.ToDictionary(d => d.Kind, _ => new DutyForm(today));

    public object Start() => new { startedOn = Blank(StartedOn), providerOrganisationNumber = Blank(ProviderOrganisationNumber), fosterHomeId = Blank(FosterHomeId), costPerDay = Number(CostPerDay) };

    public object Move() => new
    {
        movedOn = Blank(MovedOn), placementType = Blank(MovePlacementType), providerOrganisationNumber = Blank(ProviderOrganisationNumber),
        fosterHomeId = Blank(FosterHomeId), costPerDay = Number(CostPerDay),
    };

    public object Review() => new { kind = ReviewKind, meetingDate = Blank(MeetingDate), protocolParagraph = Blank(ProtocolParagraph), careContinues = CareContinues };

    public object Dialogue() => new
    {
        heldOn = Blank(HeldOn),
        answers = PlacementChoices.Indicators.Select(i => new
        {
            indicator = i.Value, childAnswer = Number(ChildAnswers[i.Value]), rating = Number(Ratings[i.Value]),
        }),
        note = Blank(DialogueNote),
    };

    public object End() => new { endedOn = Blank(EndedOn), ending = Ending, reason = EndReason };
}

/// <summary>A duty done: the day, for a visit whether the child was spoken with alone, and a note.</summary>
public sealed class DutyForm(string today)
{
    public string? DoneOn { get; set; } = today;
    public bool IndividualConversation { get; set; } = true;
    public string? Note { get; set; }

    public object Request(bool visit) => new { doneOn = Blank(DoneOn), individualConversation = visit ? IndividualConversation : (bool?)null, note = Blank(Note) };
}
