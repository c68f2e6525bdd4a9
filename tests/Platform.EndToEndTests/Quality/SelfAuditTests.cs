using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.EndToEndTests.Assessment;
using Platform.EndToEndTests.Investigation;

namespace Platform.EndToEndTests.Quality;

/// <summary>
/// The self-audit through the gateway: a case driven from report to concluded investigation gets its checklist
/// answered from the events, the unit's sample takes it (and says the unit had too few), the reviewer answers an
/// item from the case file, and the unit's results count it; another municipality sees none of it.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SelfAuditTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_concluded_case_When_its_unit_is_sampled_and_reviewed_Then_the_checklist_and_results_hold_both_answers()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var quality = await platform.ForMunicipalityAsync(municipality, role: "kvalitetsutvecklare", sub: "quality");
        using var stranger = await platform.ForMunicipalityAsync(Municipalities.Next(), role: "kvalitetsutvecklare", sub: "stranger");
        const string unit = "enhet-egenkontroll";
        var (_, investigation) = await QualityApi.ConcludedCaseAsync(platform, municipality, unit);
        var checklist = await ApiClients.EventuallyAsync<JsonElement?>(async () =>
        {
            using var response = await quality.GetAsync($"/api/quality/self-audit/cases/{investigation}");
            var answer = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : (JsonElement?)null;
            // The checklist is answered from events of three services, which arrive in no fixed order.
            return answer is { } read && AnsweredFromEvents.All(item => Answer(read, item) == "yes") ? read : null;
        }, TimeSpan.FromSeconds(60));
        var year = AssessmentApi.Today.Year;

        // Act
        using var drawn = await quality.PostAsJsonAsync("/api/quality/self-audit/samples", new { unit, year, seed = 15 });
        using var reviewed = await quality.PutAsJsonAsync($"/api/quality/self-audit/cases/{investigation}/items/child-heard", new { answer = "yes" });
        using var refused = await quality.PutAsJsonAsync($"/api/quality/self-audit/cases/{investigation}/items/child-heard", new { answer = "perhaps" });
        var results = await quality.GetFromJsonAsync<JsonElement>($"/api/quality/self-audit/results?unit={unit}&year={year}");
        using var foreign = await stranger.GetAsync($"/api/quality/self-audit/cases/{investigation}");

        // Assert
        Assert.Equal(unit, checklist!.Value.GetProperty("unit").GetString());
        Assert.Equal("yes", Answer(checklist.Value, "decision-by-competent-delegate"));
        Assert.Equal("yes", Answer(checklist.Value, "investigation-in-time"));
        var sample = await InvestigationApi.ExpectAsync(drawn, HttpStatusCode.Created);
        Assert.Equal(investigation, Assert.Single(sample.GetProperty("cases").EnumerateArray()).GetProperty("caseId").GetGuid());
        Assert.True(sample.GetProperty("tooFewCases").GetBoolean());
        Assert.Equal(15, sample.GetProperty("seed").GetInt32());
        Assert.Equal("yes", Answer(await InvestigationApi.ExpectAsync(reviewed, HttpStatusCode.OK), "child-heard"));
        Assert.True((await InvestigationApi.ExpectAsync(refused, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("child-heard", out _));
        var childHeard = results.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetString() == "child-heard");
        Assert.Equal(1.0, childHeard.GetProperty("thisYear").GetProperty("shareYes").GetDouble());
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    private static readonly string[] AnsweredFromEvents = ["assessment-in-time", "decision-by-competent-delegate", "investigation-in-time"];

    private static string? Answer(JsonElement checklist, string item) =>
        checklist.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetString() == item).GetProperty("answer").GetString();
}
