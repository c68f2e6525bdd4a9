using Intake.Domain.Identity;
using Intake.Domain.Reports;
using Platform.Contracts.Intake;

namespace Intake.Features.RegisterReport;

/// <summary>A registration that passed validation.</summary>
internal sealed record NewReport(
    DateTimeOffset ReceivedAt,
    ReportChannel Channel,
    Classification Classification,
    string? ClassificationReason,
    NewReport.Reporter From,
    NewReport.Child About,
    IReadOnlyList<ConcernCategory> Concerns,
    bool? ViolenceByCloseRelative,
    string Description,
    string? Unit)
{
    internal sealed record Reporter(ReporterCategory Category, bool IsMandatory, bool RequestedFeedback, string? Name, string? Organisation, string? Contact);

    /// <summary>Either an identity number, or what is known of a temporary identity.</summary>
    internal sealed record Child(IdentityNumber? Number, string? KnownName, DateOnly? BirthDate, LegalGender Gender, bool ProtectedIdentity);
}
