namespace Intake.Features.ReclassifyReport;

/// <summary>The body of <c>POST /api/intake/reports/{id}/reclassification</c>; who reclassified comes from the token.</summary>
internal sealed record ReclassifyReportRequest(string? Classification, string? Reason);
