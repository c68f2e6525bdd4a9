using Intake.Domain.Reports;
using Platform.Contracts.Intake;

namespace Intake.Features.ChildHistory;

/// <summary>An earlier report about the same child in the same municipality (tidigare kännedom).</summary>
internal sealed record PriorReport(Guid ReportId, string CaseNumber, DateTimeOffset ReceivedAt, Classification Classification, ReportStatus Status);
