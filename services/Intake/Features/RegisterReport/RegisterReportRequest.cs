using Intake.Domain.Reports;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.OpenApi;

namespace Intake.Features.RegisterReport;

/// <summary>
/// The body of <c>POST /api/intake/reports</c>. Enumerations and times arrive as text so that a bad
/// value is reported against its field rather than failing the whole body.
/// </summary>
internal sealed record RegisterReportRequest(
    string? ReceivedAt,
    [property: WireEnum(typeof(ReportChannel))] string? Channel,
    [property: WireEnum(typeof(Classification))] string? Classification,
    string? ClassificationReason,
    RegisterReportRequest.ReporterFields? Reporter,
    RegisterReportRequest.ChildFields? Child,
    [property: WireEnum(typeof(ConcernCategory))] IReadOnlyList<string?>? ConcernCategories,
    bool? ViolenceByCloseRelative,
    string? Description,
    string? Unit)
{
    internal sealed record ReporterFields(
        [property: WireEnum(typeof(ReporterCategory))] string? Category,
        bool? IsMandatoryReporter,
        bool? RequestedFeedback,
        string? Name,
        string? Organisation,
        string? Contact);

    internal sealed record ChildFields(string? IdentityNumber, TemporaryIdentityFields? TemporaryIdentity, bool? ProtectedIdentity);

    internal sealed record TemporaryIdentityFields(string? KnownName, string? BirthDate, [property: WireEnum(typeof(LegalGender))] string? Gender);
}
