namespace Quality.Features.Deviations;

internal sealed record ReportDeviationRequest(Guid? CaseId, string? Unit, string? Description, int? Probability, int? Severity);

internal sealed record InvestigateDeviationRequest(string? Causes, string? Actions, string? FollowUp);

internal sealed record IvoReportRequest(DateTimeOffset? ReportedToIvoAt);
