namespace Intake.Features.RecordProtectionAssessment;

/// <summary>The body of <c>POST /api/intake/reports/{id}/protection-assessment</c>; who assessed comes from the token.</summary>
internal sealed record RecordProtectionAssessmentRequest(
    string? AssessedAt,
    string? Circumstances,
    bool? ImmediateProtectionNeeded,
    string? ActionsTaken);
