using Platform.Contracts.Intake;

namespace Platform.Testing.Messaging;

/// <summary>Intake's <see cref="ReportRegistered"/> as the tests publish it in intake's place.</summary>
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
}
