namespace Platform.EndToEndTests.Investigation;

/// <summary>A municipality of the test's own, a member of its staff, and an investigation opened there on an application.</summary>
internal sealed record OpenedInvestigation(string Municipality, HttpClient Staff, Guid Id) : IDisposable
{
    /// <summary>Opens the investigation of an application received <paramref name="daysAgo"/> days ago, as a member of staff in <paramref name="role"/>.</summary>
    public static async Task<OpenedInvestigation> OpenAsync(PlatformFixture platform, string role = "handlaggare", int daysAgo = 0)
    {
        var municipality = Municipalities.Next();
        var staff = await platform.ForMunicipalityAsync(municipality, role: role);
        var id = await InvestigationApi.OpenAsync(platform, staff, InvestigationApi.Application(municipality, daysAgo: daysAgo));
        return new OpenedInvestigation(municipality, staff, id);
    }

    public void Dispose() => Staff.Dispose();
}
