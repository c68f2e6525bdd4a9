using Intake.Domain.Reports;
using Platform.Contracts.Intake;

namespace Intake.Features.GetReport;

/// <summary>
/// The body of <c>GET /api/intake/reports/{id}</c>. For a protected identity shown to a role the
/// municipality has not named, everything that could reveal where the child is (the identity, the
/// free text, the reporter's name, organisation and contact) is left out and <c>restricted</c> is true.
/// </summary>
internal sealed record ReportDetails(
    Guid ReportId,
    string CaseNumber,
    ReportStatus Status,
    DateTimeOffset ReceivedAt,
    DateTimeOffset RegisteredAt,
    ReportChannel Channel,
    Classification Classification,
    Classification OriginalClassification,
    string? ClassificationReason,
    string? Unit,
    bool Restricted,
    ReportDetails.ReporterPart Reporter,
    ReportDetails.ChildPart Child,
    IReadOnlyList<ConcernCategory> ConcernCategories,
    bool? ViolenceByCloseRelative,
    string? Description,
    DateTimeOffset? ProtectionAssessmentDueAt,
    bool Overdue,
    IReadOnlyList<ReportDetails.DeadlinePart> Deadlines,
    ReportDetails.AssessmentPart? ProtectionAssessment,
    IReadOnlyList<ReportDetails.ReclassificationPart> Reclassifications,
    ReportDetails.RetentionPart Retention)
{
    /// <summary>When the record may be thinned under the rule in force on its last entry (nothing is thinned yet), or that it is kept.</summary>
    internal sealed record RetentionPart(DateOnly? ThinnedFrom, bool KeptPermanently, string LegalReference, bool LegalReferenceVerified);

    internal sealed record ReporterPart(ReporterCategory Category, bool IsMandatoryReporter, bool RequestedFeedback, string? Name, string? Organisation, string? Contact);

    /// <summary>For a protected identity shown to a role that may not see it, only the id and the flag.</summary>
    internal sealed record ChildPart(
        Guid ChildId,
        bool ProtectedIdentity,
        string? IdentityNumber,
        bool? IsCoordinationNumber,
        string? KnownName,
        DateOnly? BirthDate,
        int? Age,
        LegalGender? Gender);

    /// <summary>A deadline that applies to the report, citing the rule version in force at receipt; an unverified reference says so.</summary>
    internal sealed record DeadlinePart(string Rule, string LegalReference, bool LegalReferenceVerified, DateTimeOffset DueAt);

    internal sealed record AssessmentPart(
        DateTimeOffset AssessedAt,
        string AssessorName,
        string AssessorRole,
        string? Circumstances,
        bool ImmediateProtectionNeeded,
        string? ActionsTaken,
        DateTimeOffset DueAt,
        bool WithinDeadline,
        bool Late,
        DateTimeOffset RecordedAt);

    internal sealed record ReclassificationPart(Classification From, Classification To, string? Reason, string ByName, string ByRole, DateTimeOffset At);
}
