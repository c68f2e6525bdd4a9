namespace Placements.Features.RecordDuties;

/// <summary>
/// The body of a duty done: the local day, for a visit whether the child was spoken with alone, and a
/// note (free text that stays in the placement's record).
/// </summary>
internal sealed record RecordDutyRequest(DateOnly? DoneOn, bool? IndividualConversation, string? Note);
