using Platform.Contracts.Assessment;

namespace Assessment.Features.WorkOnAssessment;

/// <summary>The body of <c>PUT .../assignee</c>.</summary>
internal sealed record AssignRequest(string? AssigneeId, string? AssigneeName, bool? AssigneeQualified);

/// <summary>The body of <c>PUT .../prior-knowledge</c>.</summary>
internal sealed record PriorKnowledgeRequest(bool? HasPriorKnowledge, string? Weighing);

/// <summary>The body of <c>PUT .../child-view</c>.</summary>
internal sealed record ChildViewRequest(bool? Obtained, string? Text);

/// <summary>The body of <c>PUT .../triage</c>: green, yellow or red.</summary>
internal sealed record TriageRequest(TriageColour? Colour);
