using Intake.Domain.Reports;
using Platform.Contracts.Intake;

namespace Intake.Features.ReclassifyReport;

/// <summary>The report's class and deadlines after the change.</summary>
internal sealed record ReclassificationResponse(
    Guid ReportId,
    Classification From,
    Classification To,
    ReportStatus Status,
    DateTimeOffset? ProtectionAssessmentDueAt,
    DateTimeOffset ReclassifiedAt,
    string ReclassifiedByName,
    string ReclassifiedByRole);
