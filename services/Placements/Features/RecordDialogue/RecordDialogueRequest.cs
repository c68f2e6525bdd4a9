namespace Placements.Features.RecordDialogue;

/// <summary>The body of <c>POST /placements/{id}/dialogues</c>: the day, one answer per indicator, and a note that stays here.</summary>
internal sealed record RecordDialogueRequest(DateOnly? HeldOn, IReadOnlyList<IndicatorAnswerRequest>? Answers, string? Note);

/// <summary>One indicator: the child's own answer (1–5, or null when the child did not answer) and the caseworker's rating (1–5).</summary>
internal sealed record IndicatorAnswerRequest(string? Indicator, int? ChildAnswer, int? Rating);
