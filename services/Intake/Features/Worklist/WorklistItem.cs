using Intake.Domain.Reports;
using Platform.Contracts.Intake;

namespace Intake.Features.Worklist;

/// <summary>One report on the worklist: enough to pick it up, no names or free text.</summary>
internal sealed record WorklistItem(
    Guid ReportId,
    string CaseNumber,
    Guid ChildId,
    bool ProtectedIdentity,
    DateTimeOffset ReceivedAt,
    Classification Classification,
    ReportStatus Status,
    string? Unit,
    DateTimeOffset? ProtectionAssessmentDueAt,
    bool Overdue);
