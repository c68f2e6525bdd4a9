using Intake.Domain.Reports;

namespace Intake.Features.Shared;

/// <summary>A recording on a report that passed its checks: the report, the body, and what the body's checks returned.</summary>
internal sealed record ReportRecording<TRequest, TValid>(Report Report, TRequest Request, TValid Valid);
