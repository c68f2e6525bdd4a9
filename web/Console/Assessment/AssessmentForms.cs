using static PlatformConsole.Components.Shared.FormValues;

namespace PlatformConsole.Assessment;

/// <summary>What a caseworker records on an assessment before deciding it, and the decision, as the API takes them.</summary>
internal sealed class AssessmentForms
{
    public static readonly IReadOnlyList<(string Value, string Label)> Outcomes =
    [
        ("open-investigation", "Inleda utredning"),
        ("do-not-open", "Inte inleda utredning"),
        ("investigation-already-ongoing", "Utredning pågår redan"),
    ];

    public bool HasPriorKnowledge { get; set; }
    public string? Weighing { get; set; }
    public bool ChildViewObtained { get; set; } = true;
    public string? ChildView { get; set; }
    public string Outcome { get; set; } = "open-investigation";
    public string? Reasoning { get; set; }
    public string? ViolenceOverrideReason { get; set; }

    public object PriorKnowledgeRequest() => new { hasPriorKnowledge = HasPriorKnowledge, weighing = Blank(Weighing) };

    public object ChildViewRequest() => new { obtained = ChildViewObtained, text = Blank(ChildView) };

    public object DecisionRequest() => new { outcome = Outcome, reasoning = Blank(Reasoning), violenceOverrideReason = Blank(ViolenceOverrideReason) };
}
