using Platform.Contracts.Assessment;

namespace Assessment.Features.DecideAssessment;

/// <summary>
/// The body of <c>POST /api/assessment/assessments/{id}/decision</c>. A "do not open" on a concern of
/// violence also needs <c>violenceOverrideReason</c> (the local rule is to open an investigation).
/// </summary>
internal sealed record DecideAssessmentRequest(AssessmentOutcome? Outcome, string? Reasoning, string? ViolenceOverrideReason);
