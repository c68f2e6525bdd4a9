using Platform.Contracts.Intake;

namespace Platform.Testing.Messaging;

/// <summary>Intake's messages about a report as the tests publish them in intake's place.</summary>
public static class RegisteredReports
{
    /// <summary>An anmälan from a school, a mandatory reporter who asked for feedback, about a girl born in March 2015.</summary>
    public static ReportRegistered Anmalan(string municipality, DateTimeOffset receivedAt, Guid? childId = null) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = municipality,
        OccurredAt = receivedAt,
        ReportId = Guid.NewGuid(),
        CaseNumber = "2027-000001",
        ReceivedAt = receivedAt,
        Classification = Classification.Anmalan,
        ReporterCategory = ReporterCategory.School,
        IsMandatoryReporter = true,
        FeedbackRequested = true,
        ConcernCategories = [ConcernCategory.Neglect],
        ChildId = childId ?? Guid.NewGuid(),
        ChildGender = LegalGender.Female,
        ChildBirthYearMonth = "2015-03",
        IsProtectedIdentity = false,
    };

    /// <summary>Intake's protection assessment of the report, in time and finding no need of immediate protection.</summary>
    public static ProtectionAssessmentRecorded ProtectionAssessed(ReportRegistered report, DateTimeOffset occurredAt, DateTimeOffset assessedAt, DateTimeOffset dueAt) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = report.TenantId,
        OccurredAt = occurredAt,
        ReportId = report.ReportId,
        ChildId = report.ChildId,
        AssessedAt = assessedAt,
        DueAt = dueAt,
        WithinDeadline = true,
        ImmediateProtectionNeeded = false,
        AssessorRole = "handlaggare",
    };
}
