using Quality.Domain.Facts;

namespace Quality.Domain.SelfAudit;

/// <summary>What the projections know of one audited case: the investigation and the assessment and reports it came from.</summary>
internal sealed record CaseFile(
    InvestigationFact Investigation,
    AuditedInvestigation? Links,
    AssessmentFact? Assessment,
    AssessmentExtension? Extension,
    IReadOnlyList<ReportFact> Reports);
