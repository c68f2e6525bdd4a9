using static PlatformConsole.Components.Shared.FormValues;

namespace PlatformConsole.Investigation;

/// <summary>The documentation parts as a caseworker fills them in, and each as its endpoint takes it; days start as today.</summary>
internal sealed class DocumentationForms(string today)
{
    public string? InformedOn { get; set; } = today;
    public string? Manner { get; set; } = "in-person";
    public bool FamilyInvited { get; set; } = true;
    public string? PlanReason { get; set; }
    public bool Heard { get; set; } = true;
    public string? HeardReason { get; set; }
    public string? ConsultationKind { get; set; } = "consultation";
    public string? ConsultationParty { get; set; }
    public string? ContactedOn { get; set; } = today;
    public string? ConsultationSummary { get; set; }
    public string? RiskMethod { get; set; } = "freda";
    public string? RiskMethodName { get; set; }
    public string? RiskResult { get; set; } = "low";
    public string? RiskComment { get; set; }
    public string? PoliceStance { get; set; } = "no-known-crime";
    public string? ReportedOn { get; set; }
    public string? PoliceReason { get; set; }
    public string? Material { get; set; }
    public string? CommunicationParty { get; set; } = "guardian";
    public string? CommunicatedOn { get; set; } = today;

    /// <summary>The text parts' texts, by part.</summary>
    public Dictionary<string, string?> Texts { get; } = InvestigationChoices.TextParts.ToDictionary(t => t.Part, _ => (string?)null);

    public object GuardiansInformed() => new { informedOn = Blank(InformedOn), manner = Manner };

    public object InvestigationPlan() => new { familyInvited = FamilyInvited, reason = Blank(PlanReason) };

    public object ChildHeard() => new { heard = Heard, reason = Blank(HeardReason) };

    public object Consultation() => new { kind = ConsultationKind, party = Blank(ConsultationParty), contactedOn = Blank(ContactedOn), summary = Blank(ConsultationSummary) };

    public object RiskAssessment() => new
    {
        method = RiskMethod, methodName = RiskMethod == "other" ? Blank(RiskMethodName) : null, result = RiskResult, comment = Blank(RiskComment),
    };

    public object PoliceReport() => new
    {
        stance = PoliceStance, reportedOn = PoliceStance == "reported" ? Blank(ReportedOn) : null, reason = Blank(PoliceReason),
    };

    public object Communication() => new { material = Blank(Material), party = CommunicationParty, communicatedOn = Blank(CommunicatedOn) };

    public object Text(string part) => new { text = Blank(Texts[part]) };
}
