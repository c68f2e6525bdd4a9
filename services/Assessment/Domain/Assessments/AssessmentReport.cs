using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Intake;

namespace Assessment.Domain.Assessments;

/// <summary>A report as registered at intake; kept for every class, so a later reclassification can open an assessment.</summary>
internal sealed class AssessmentReport : ITenantOwned
{
    public Guid ReportId { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public Guid? AssessmentId { get; set; }

    public string CaseNumber { get; init; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; set; }

    public Classification Classification { get; set; }

    public ReporterCategory ReporterCategory { get; init; }

    public bool IsMandatoryReporter { get; init; }

    public bool FeedbackRequested { get; init; }

    public ConcernCategory[] ConcernCategories { get; init; } = [];

    public Guid ChildId { get; init; }

    public LegalGender ChildGender { get; init; }

    public string? ChildBirthYearMonth { get; init; }

    public bool IsProtectedIdentity { get; init; }

    /// <summary>Violence or other abuse by a närstående, suffered or witnessed; null when intake did not say.</summary>
    public bool? ViolenceByCloseRelative { get; init; }

    /// <summary>When intake recorded the immediate protection assessment; a decision waits for it on an anmälan.</summary>
    public DateTimeOffset? ProtectionAssessmentRecordedAt { get; set; }

    public string? Unit { get; init; }

    public ReportDisposition Disposition { get; set; }

    public DateTimeOffset RegisteredAt { get; init; }

    /// <summary>Honour-related violence counts as violence for the local rule on violence reports.</summary>
    public bool HasViolenceConcern =>
        ConcernCategories.Contains(ConcernCategory.Violence) || ConcernCategories.Contains(ConcernCategory.HonourRelated);

    public bool WantsFeedback => IsMandatoryReporter && FeedbackRequested;

    public bool AwaitsProtectionAssessment => Classification == Classification.Anmalan && ProtectionAssessmentRecordedAt is null;

    public static AssessmentReport From(ReportRegistered message, DateTimeOffset now) => new()
    {
        ReportId = message.ReportId,
        TenantId = message.TenantId,
        CaseNumber = message.CaseNumber,
        ReceivedAt = message.ReceivedAt.ToUniversalTime(),
        Classification = message.Classification,
        ReporterCategory = message.ReporterCategory,
        IsMandatoryReporter = message.IsMandatoryReporter,
        FeedbackRequested = message.FeedbackRequested,
        ConcernCategories = [.. message.ConcernCategories],
        ChildId = message.ChildId,
        ChildGender = message.ChildGender,
        ChildBirthYearMonth = message.ChildBirthYearMonth,
        IsProtectedIdentity = message.IsProtectedIdentity,
        ViolenceByCloseRelative = message.ViolenceByCloseRelative,
        Unit = message.Unit,
        Disposition = ReportDisposition.NotAssessed,
        RegisteredAt = now,
    };
}
