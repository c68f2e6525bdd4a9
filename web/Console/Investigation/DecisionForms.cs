using static PlatformConsole.Components.Shared.FormValues;

namespace PlatformConsole.Investigation;

/// <summary>
/// The decision on an investigation, one intervention or none, and the committee's meeting when its secretary
/// enters it, as the API takes it.
/// </summary>
internal sealed class DecisionForms
{
    public string? Outcome { get; set; } = "interventions";
    public string? Reasoning { get; set; }
    public string? Kind { get; set; } = "open-care";
    public string? OpenCareType { get; set; } = "contact-person";
    public string? OpenCareName { get; set; }
    public string? PlacementType { get; set; } = "hvb";
    public string? LegalBasis { get; set; } = "sol";
    public string? ProviderOrganisationNumber { get; set; }
    public string? FosterHomeId { get; set; }
    public bool LongTermCare { get; set; }
    public bool ImmediateCustody { get; set; }
    public string? MeetingDate { get; set; }
    public string? ProtocolParagraph { get; set; }
    public bool UrgentByChair { get; set; }

    public bool WithInterventions => Outcome == "interventions";

    public bool OpenCare => Kind == "open-care";

    public object Decision() => new
    {
        outcome = Outcome,
        reasoning = Blank(Reasoning),
        interventions = WithInterventions ? new[] { Intervention() } : null,
        committee = Committee(),
    };

    private object Intervention() => OpenCare
        ? (object)new { kind = Kind, openCareType = OpenCareType, openCareName = OpenCareType == "other" ? Blank(OpenCareName) : null }
        : new
        {
            kind = Kind, placementType = PlacementType, legalBasis = LegalBasis, providerOrganisationNumber = Blank(ProviderOrganisationNumber),
            fosterHomeId = Blank(FosterHomeId), longTermCare = LongTermCare, immediateCustody = ImmediateCustody,
        };

    /// <summary>Only the committee secretary sends the committee's decision; an official leaves these empty.</summary>
    private object? Committee() => UrgentByChair
        ? (object)new { urgentByChair = true }
        : Blank(MeetingDate) is null && Blank(ProtocolParagraph) is null ? null : (object)new { meetingDate = Blank(MeetingDate), protocolParagraph = Blank(ProtocolParagraph) };
}
