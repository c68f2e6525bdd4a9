using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.EndToEndTests.Intake;

[Collection(PlatformCollection.Name)]
public sealed class AccessLogTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_report_When_registered_read_and_assessed_Then_a_manager_sees_each_access_with_who_and_the_operation()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var client = await platform.ForMunicipalityAsync(municipality, sub: "anna-" + municipality);
        var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        var reportId = (await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(81)))).Id("reportId");
        await client.ReportAsync(reportId);
        await client.AssessAsync(reportId, IntakeRequests.Assessment());

        // Act
        var log = await manager.GetFromJsonAsync<JsonElement>($"/api/intake/access-log?recordId={reportId}");

        // Assert
        var entries = log.EnumerateArray().Where(e => e.GetProperty("userId").GetString() == "anna-" + municipality).ToList();
        Assert.Equal(["write", "read", "write"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(
            ["POST /api/intake/reports", "GET /api/intake/reports/{id:guid}", "POST /api/intake/reports/{id:guid}/protection-assessment"],
            entries.Select(e => e.GetProperty("operation").GetString()));
        Assert.All(entries, e => Assert.Equal("report", e.GetProperty("recordType").GetString()));
    }

    [Fact]
    public async Task Given_two_people_reading_When_the_log_is_searched_by_person_and_period_Then_only_that_persons_accesses_in_the_period_are_shown()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var anna = await platform.ForMunicipalityAsync(municipality, sub: "anna-" + municipality);
        var bo = await platform.ForMunicipalityAsync(municipality, sub: "bo-" + municipality);
        var manager = await platform.ForMunicipalityAsync(municipality, role: "forvaltningschef");
        var reportId = (await anna.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(82)))).Id("reportId");
        await bo.ReportAsync(reportId);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm")).DateTime);

        // Act
        var todays = await manager.GetFromJsonAsync<JsonElement>($"/api/intake/access-log?userId=bo-{municipality}&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        var yesterdays = await manager.GetFromJsonAsync<JsonElement>($"/api/intake/access-log?userId=bo-{municipality}&to={today.AddDays(-1):yyyy-MM-dd}");

        // Assert
        var entry = Assert.Single(todays.EnumerateArray());
        Assert.Equal(("read", reportId), (entry.GetProperty("action").GetString(), entry.GetProperty("recordId").GetGuid()));
        Assert.Empty(yesterdays.EnumerateArray());
    }

    [Fact]
    public async Task Given_a_caseworker_or_a_search_without_record_or_person_When_the_log_is_asked_for_Then_403_naming_the_rule_and_400_naming_the_field()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var caseworker = await platform.ForMunicipalityAsync(municipality);
        var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");

        // Act
        using var refused = await caseworker.GetAsync($"/api/intake/access-log?recordId={Guid.NewGuid()}");
        using var unbounded = await manager.GetAsync("/api/intake/access-log?from=2026-01-01&to=2025-12-31");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("log-review", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unbounded.StatusCode);
        var errors = (await unbounded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("recordId", out _));
        Assert.True(errors.TryGetProperty("to", out _));
    }
}
