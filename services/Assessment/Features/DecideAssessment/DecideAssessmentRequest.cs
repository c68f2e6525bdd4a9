using Platform.Contracts.Assessment;

namespace Assessment.Features.DecideAssessment;

/// <summary>
/// The body of <c>POST /api/assessment/assessments/{id}/decision</c>. A "do not open" on a concern of
/// violence also needs <c>violenceOverrideReason</c> (the local rule is to open an investigation);
/// <c>forwarded</c> needs <c>forwardedTo</c>; the committee secretary sends the committee's decision as
/// <c>committee</c>.
/// </summary>
internal sealed record DecideAssessmentRequest(
    AssessmentOutcome? Outcome,
    string? Reasoning,
    string? ViolenceOverrideReason,
    ForwardingRequest? ForwardedTo,
    CommitteeRequest? Committee);

/// <summary>The municipality the reports went to (its four-digit kommunkod) and the day.</summary>
internal sealed record ForwardingRequest(string? Municipality, DateOnly? On);

/// <summary>A meeting decision (its day and the protocol paragraph), or the chair's urgent decision (<c>urgentByChair: true</c>, reported to the next meeting).</summary>
internal sealed record CommitteeRequest(bool? UrgentByChair, DateOnly? MeetingDate, string? ProtocolParagraph);
