using Platform.Contracts.Intake;
using Platform.ServiceDefaults.OpenApi;

namespace Intake.Features.ReclassifyReport;

/// <summary>The body of <c>POST /api/intake/reports/{id}/reclassification</c>; who reclassified comes from the token.</summary>
internal sealed record ReclassifyReportRequest([property: WireEnum(typeof(Classification))] string? Classification, string? Reason);
