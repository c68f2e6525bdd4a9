using Platform.Contracts.Intake;

namespace Platform.EndToEndTests.Assessment;

/// <summary>A municipality of the test's own, a member of its staff, and an assessment there ready to decide.</summary>
internal sealed record ReadyAssessment(string Municipality, HttpClient Staff, ReportRegistered Report, Guid Id) : IDisposable
{
    /// <summary>
    /// Opens the assessment of an anmälan from a school (changed by <paramref name="report"/> where the test
    /// needs another), made ready to decide by a member of staff in <paramref name="role"/>.
    /// </summary>
    public static async Task<ReadyAssessment> OpenAsync(
        PlatformFixture platform, string role = "handlaggare", Func<ReportRegistered, ReportRegistered>? report = null)
    {
        var municipality = Municipalities.Next();
        var staff = await platform.ForMunicipalityAsync(municipality, role: role);
        var registered = Reports.Registered(municipality, Guid.NewGuid());
        registered = report?.Invoke(registered) ?? registered;
        var id = await AssessmentApi.OpenReadyToDecideAsync(platform, staff, registered);
        return new ReadyAssessment(municipality, staff, registered, id);
    }

    public void Dispose() => Staff.Dispose();
}
