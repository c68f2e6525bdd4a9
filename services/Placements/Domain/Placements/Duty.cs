namespace Placements.Domain.Placements;

/// <summary>A duty that is due: what, under which rule, and when (the end of a local day).</summary>
internal sealed record Duty(DutyKind Kind, string RuleId, DateTimeOffset DueAt);
