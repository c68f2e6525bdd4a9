namespace Intake.Features.RegisterReport;

/// <summary>
/// The body of <c>POST /api/intake/reports</c>. Enumerations and times arrive as text so that a bad
/// value is reported against its field rather than failing the whole body.
/// </summary>
internal sealed record RegisterReportRequest(
    string? ReceivedAt,
    string? Channel,
    string? Classification,
    RegisterReportRequest.ReporterFields? Reporter,
    RegisterReportRequest.ChildFields? Child,
    IReadOnlyList<string?>? ConcernCategories,
    string? Description,
    string? Unit)
{
    internal sealed record ReporterFields(
        string? Category,
        bool? IsMandatoryReporter,
        bool? RequestedFeedback,
        string? Name,
        string? Organisation,
        string? Contact);

    internal sealed record ChildFields(string? IdentityNumber, TemporaryIdentityFields? TemporaryIdentity, bool? ProtectedIdentity);

    internal sealed record TemporaryIdentityFields(string? KnownName, string? BirthDate, string? Gender);
}
