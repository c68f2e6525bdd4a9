namespace Intake.Domain.Reports;

/// <summary>How a report arrived.</summary>
internal enum ReportChannel
{
    EService,
    Phone,
    Letter,
    EMail,
    InPerson,
}
