using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.EndToEndTests.Assessment;

/// <summary>The committee decides at its meetings, entered by its secretary; the chair's urgent decision waits for the next meeting.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CommitteeDecisionTests(PlatformFixture platform)
{
    private static object Decision(object committee) => new { outcome = "do-not-open", reasoning = AssessmentApi.Reasoning, committee };

    [Fact]
    public async Task Given_the_committee_secretary_When_entering_a_meeting_decision_Then_it_is_recorded_with_the_meeting_and_paragraph()
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform);
        var (municipality, caseworker, _, id) = ready;
        using var secretary = await AssessmentApi.SecretaryAsync(platform, municipality);
        var today = AssessmentApi.Today;

        // Act
        using var response = await AssessmentApi.PostAsync(secretary, id, "decision", Decision(new { meetingDate = today, protocolParagraph = "§ 112" }));
        var decision = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decision");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("committee-meeting", decision.GetProperty("delegationBasis").GetString());
        Assert.Equal("namnd", decision.GetProperty("deciderRole").GetString());
        Assert.Equal("§ 112", decision.GetProperty("committee").GetProperty("protocolParagraph").GetString());
        Assert.Equal(JsonValueKind.Null, decision.GetProperty("delegationOrderVersion").ValueKind);
    }

    [Theory]
    [InlineData("namnd", false)]
    [InlineData("namndsekreterare", false)]
    [InlineData("teamledare", true)]
    public async Task Given_a_decision_not_entered_as_the_committees_by_its_secretary_When_sent_Then_403_names_the_committee_rule(string role, bool asCommittee)
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform);
        var (municipality, caseworker, _, id) = ready;
        using var caller = await platform.ForMunicipalityAsync(municipality, role: role, sub: "caller");
        var today = AssessmentApi.Today;

        // Act
        using var response = asCommittee
            ? await AssessmentApi.PostAsync(caller, id, "decision", Decision(new { meetingDate = today, protocolParagraph = "§ 3" }))
            : await AssessmentApi.DecideAsync(caller, id, "do-not-open");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("committee-decisions", await AssessmentApi.RuleOfAsync(response));
    }

    [Fact]
    public async Task Given_an_urgent_decision_of_the_chair_When_entered_Then_it_is_listed_for_the_next_meeting_until_reported_there()
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform);
        var (municipality, caseworker, _, id) = ready;
        using var secretary = await AssessmentApi.SecretaryAsync(platform, municipality);

        // Act
        using var decided = await AssessmentApi.PostAsync(secretary, id, "decision", Decision(new { urgentByChair = true }));
        var listed = await secretary.GetFromJsonAsync<JsonElement>("/api/assessment/committee/urgent-decisions");
        using var reported = await secretary.PutAsJsonAsync($"/api/assessment/committee/urgent-decisions/{id}/meeting-report",
            new { meetingDate = AssessmentApi.Today, protocolParagraph = "§ 5" });
        var listedAfter = await secretary.GetFromJsonAsync<JsonElement>("/api/assessment/committee/urgent-decisions");
        var decision = (await AssessmentApi.GetAsync(caseworker, id)).GetProperty("decision");

        // Assert
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], [decided.StatusCode, reported.StatusCode]);
        Assert.Equal("urgent-chair-decision", decision.GetProperty("delegationBasis").GetString());
        Assert.Equal([id], listed.EnumerateArray().Select(i => i.GetProperty("assessmentId").GetGuid()));
        Assert.Equal(0, listedAfter.GetArrayLength());
        Assert.Equal("§ 5", decision.GetProperty("committee").GetProperty("reportParagraph").GetString());
    }
}
