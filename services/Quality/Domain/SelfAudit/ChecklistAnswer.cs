namespace Quality.Domain.SelfAudit;

/// <summary>One item of a case's checklist: its answer and where the answer came from (an event's name, or the reviewer).</summary>
internal sealed record ChecklistAnswer(string Item, string Answer, string Source);
