using Platform.Contracts.Intake;

namespace Intake.Domain.Reports;

internal static class ReportStatuses
{
    public static ReportStatus For(Classification classification, bool protectionAssessed) =>
        protectionAssessed ? ReportStatus.ProtectionAssessed
        : classification == Classification.Anmalan ? ReportStatus.AwaitingProtectionAssessment
        : ReportStatus.Registered;
}
