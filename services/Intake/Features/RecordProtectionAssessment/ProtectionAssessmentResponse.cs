namespace Intake.Features.RecordProtectionAssessment;

internal sealed record ProtectionAssessmentResponse(
    Guid ReportId,
    DateTimeOffset AssessedAt,
    DateTimeOffset DueAt,
    bool WithinDeadline,
    bool Late,
    bool ImmediateProtectionNeeded,
    string AssessorName,
    string AssessorRole);
