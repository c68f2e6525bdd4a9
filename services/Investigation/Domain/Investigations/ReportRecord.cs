using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Intake;

namespace Investigation.Domain.Investigations;

/// <summary>
/// What intake registered about a report, kept for every class: an investigation requested by an
/// assessment learns from it who the child is (gender and birth year-month for the IVO report), the
/// unit and whether the identity is protected. Attached to an investigation once one covers it.
/// </summary>
internal sealed class ReportRecord : ITenantOwned
{
    public Guid ReportId { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public Guid ChildId { get; init; }

    public LegalGender ChildGender { get; init; }

    public string? ChildBirthYearMonth { get; init; }

    public string? Unit { get; init; }

    public bool IsProtectedIdentity { get; init; }

    public Classification Classification { get; init; }

    public bool HasViolenceConcern { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset RegisteredAt { get; init; }

    public Guid? InvestigationId { get; set; }

    public DateTimeOffset? AttachedAt { get; set; }

    public static ReportRecord From(ReportRegistered message, DateTimeOffset now) => new()
    {
        ReportId = message.ReportId,
        TenantId = message.TenantId,
        ChildId = message.ChildId,
        ChildGender = message.ChildGender,
        ChildBirthYearMonth = message.ChildBirthYearMonth,
        Unit = message.Unit,
        IsProtectedIdentity = message.IsProtectedIdentity,
        Classification = message.Classification,
        // Honour-related violence counts as violence, as at assessment.
        HasViolenceConcern = message.ConcernCategories.Contains(ConcernCategory.Violence)
            || message.ConcernCategories.Contains(ConcernCategory.HonourRelated)
            || message.ViolenceByCloseRelative == true,
        ReceivedAt = message.ReceivedAt.ToUniversalTime(),
        RegisteredAt = now,
    };
}
