namespace Platform.BuildingBlocks.Delegation;

/// <summary>
/// A decision of the committee itself, entered by its secretary: taken at a meeting (its day and the
/// protocol paragraph), or urgently by the chair, to be reported to the next meeting.
/// </summary>
public sealed record CommitteeDecision(bool UrgentByChair, DateOnly? MeetingDate, string? ProtocolParagraph);
