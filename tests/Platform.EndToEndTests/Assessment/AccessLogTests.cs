using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.EndToEndTests.Assessment;

[Collection(PlatformCollection.Name)]
public sealed class AccessLogTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_caseworker_who_read_and_wrote_an_assessment_When_a_manager_reviews_the_log_Then_both_are_there_with_who()
    {
        // Arrange
        using var opened = await OpenAsync();
        var (caseworker, manager, id) = (opened.Caseworker, opened.Manager, opened.Id);
        await AssessmentApi.GetAsync(caseworker, id);
        using var triage = await AssessmentApi.PutAsync(caseworker, id, "triage", new { colour = "red" });

        // Act
        var log = await manager.GetFromJsonAsync<JsonElement>($"/api/assessment/access-log?recordId={id}");
        using var refused = await caseworker.GetAsync($"/api/assessment/access-log?recordId={id}");

        // Assert
        var entries = log.EnumerateArray().Where(e => e.GetProperty("userId").GetString() == "u-anna").ToList();
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "read");
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "write"
            && e.GetProperty("operation").GetString()!.EndsWith("/triage", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("log-review", await AssessmentApi.RuleOfAsync(refused));
    }

    [Fact]
    public async Task Given_a_refused_write_When_the_log_is_reviewed_Then_nothing_was_logged_as_written()
    {
        // Arrange
        using var opened = await OpenAsync();
        var (caseworker, manager, id) = (opened.Caseworker, opened.Manager, opened.Id);

        // Act
        using var bad = await AssessmentApi.PutAsync(caseworker, id, "triage", new { colour = "purple" });
        var log = await manager.GetFromJsonAsync<JsonElement>($"/api/assessment/access-log?recordId={id}");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.DoesNotContain(log.EnumerateArray(), e => e.GetProperty("action").GetString() == "write");
    }

    [Fact]
    public async Task Given_open_work_When_a_caseworker_reads_both_worklists_Then_each_listed_record_is_logged_as_listed_by_them()
    {
        // Arrange
        using var opened = await OpenAsync();
        var (caseworker, manager, open) = (opened.Caseworker, opened.Manager, opened.Id);
        var decidedReport = Reports.Registered(opened.Municipality, Guid.NewGuid());
        var decided = await AssessmentApi.OpenReadyToDecideAsync(platform, manager, decidedReport);
        using var decision = await AssessmentApi.DecideAsync(manager, decided, "open-investigation");

        // Act
        await caseworker.GetFromJsonAsync<JsonElement>("/api/assessment/worklist");
        await caseworker.GetFromJsonAsync<JsonElement>("/api/assessment/worklist/feedback");

        // Assert
        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        Assert.Equal(["GET /api/assessment/worklist"], await ListedByAsync(manager, open, "u-anna"));
        Assert.Equal(["GET /api/assessment/worklist/feedback"], await ListedByAsync(manager, decidedReport.ReportId, "u-anna"));
    }

    [Fact]
    public async Task Given_a_read_through_the_report_When_the_log_is_reviewed_Then_it_is_logged_against_the_assessment_as_well_as_the_report()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        using var caseworker = await platform.ForMunicipalityAsync(municipality, sub: "u-anna");
        using var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        var report = Reports.Registered(municipality, Guid.NewGuid());
        var id = AssessmentApi.IdOf(await AssessmentApi.PublishAndWaitAsync(bus, manager, report));

        // Act
        using var read = await caseworker.GetAsync($"/api/assessment/reports/{report.ReportId}/assessment");

        // Assert
        const string Route = "GET /api/assessment/reports/{reportId:guid}/assessment";
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains(Route, await ReadByAsync(manager, id, "u-anna"));
        Assert.Contains(Route, await ReadByAsync(manager, report.ReportId, "u-anna"));
    }

    private static async Task<List<string>> ReadByAsync(HttpClient reviewer, Guid recordId, string user)
    {
        var log = await reviewer.GetFromJsonAsync<JsonElement>($"/api/assessment/access-log?recordId={recordId}");
        return [.. log.EnumerateArray()
            .Where(e => e.GetProperty("userId").GetString() == user && e.GetProperty("action").GetString() == "read")
            .Select(e => e.GetProperty("operation").GetString()!)];
    }

    /// <summary>A fresh municipality with a caseworker (<c>u-anna</c>), a unit manager and an assessment opened there.</summary>
    private async Task<OpenedAssessment> OpenAsync()
    {
        var municipality = Municipalities.Next();
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var caseworker = await platform.ForMunicipalityAsync(municipality, sub: "u-anna");
        var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        var id = AssessmentApi.IdOf(await AssessmentApi.PublishAndWaitAsync(bus, caseworker, Reports.Registered(municipality, Guid.NewGuid())));
        return new OpenedAssessment(municipality, caseworker, manager, id);
    }

    /// <summary>The routes through which a user was shown a record in a list, as the log review sees them.</summary>
    private static async Task<List<string>> ListedByAsync(HttpClient reviewer, Guid recordId, string user)
    {
        var log = await reviewer.GetFromJsonAsync<JsonElement>($"/api/assessment/access-log?recordId={recordId}");
        return [.. log.EnumerateArray()
            .Where(e => e.GetProperty("userId").GetString() == user && e.GetProperty("action").GetString() == "list")
            .Select(e => e.GetProperty("operation").GetString()!)];
    }

    private sealed record OpenedAssessment(string Municipality, HttpClient Caseworker, HttpClient Manager, Guid Id) : IDisposable
    {
        public void Dispose()
        {
            Caseworker.Dispose();
            Manager.Dispose();
        }
    }
}
