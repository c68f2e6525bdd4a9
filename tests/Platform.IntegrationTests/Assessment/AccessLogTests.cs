using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Assessment;

[Collection(PlatformCollection.Name)]
public sealed class AccessLogTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_caseworker_who_read_and_wrote_an_assessment_When_a_manager_reviews_the_log_Then_both_are_there_with_who()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await using var bus = await TestBus.StartAsync(platform);
        using var caseworker = await platform.ForMunicipalityAsync(municipality, sub: "u-anna");
        using var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        var id = AssessmentApi.IdOf(await AssessmentApi.PublishAndWaitAsync(bus, caseworker, Reports.Registered(municipality, Guid.NewGuid())));
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
        var municipality = Municipalities.Next();
        await using var bus = await TestBus.StartAsync(platform);
        using var caseworker = await platform.ForMunicipalityAsync(municipality, sub: "u-anna");
        using var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        var id = AssessmentApi.IdOf(await AssessmentApi.PublishAndWaitAsync(bus, caseworker, Reports.Registered(municipality, Guid.NewGuid())));

        // Act
        using var bad = await AssessmentApi.PutAsync(caseworker, id, "triage", new { colour = "purple" });
        var log = await manager.GetFromJsonAsync<JsonElement>($"/api/assessment/access-log?recordId={id}");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.DoesNotContain(log.EnumerateArray(), e => e.GetProperty("action").GetString() == "write");
    }
}
