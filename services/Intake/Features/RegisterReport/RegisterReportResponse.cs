using Intake.Features.ChildHistory;

namespace Intake.Features.RegisterReport;

/// <summary>The 201 answer; it carries ids and case numbers only, so it may be kept for idempotent replays.</summary>
internal sealed record RegisterReportResponse(
    Guid ReportId,
    string CaseNumber,
    Guid ChildId,
    DateTimeOffset? ProtectionAssessmentDueAt,
    IReadOnlyList<PriorReport> PriorKnowledge);
