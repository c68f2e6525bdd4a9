using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.EndToEndTests.Intake;

namespace Platform.EndToEndTests.Assessment;

/// <summary>The whole flow through the gateway: a report registered at intake, protection-assessed there, assessed, decided, and the reporter told.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReportToFeedbackFlowTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_report_registered_at_intake_When_assessed_decided_and_fed_back_Then_each_step_is_recorded()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworker = await platform.ForMunicipalityAsync(municipality, name: "Anna Andersson");
        using var teamLead = await platform.ForMunicipalityAsync(municipality, role: "teamledare", name: "Tove Teamledare");
        await AssessmentApi.EnsureDelegationOrderAsync(platform, municipality);
        var registered = await Reports.RegisterAsync(caseworker, Reports.Anmalan(Reports.IdentityNumber(4711)));
        var reportId = registered.GetProperty("reportId").GetGuid();

        // Act
        var assessment = (await Reports.AssessmentOfAsync(caseworker, reportId))!.Value;
        var id = AssessmentApi.IdOf(assessment);
        using var protection = await caseworker.PostAsJsonAsync($"/api/intake/reports/{reportId}/protection-assessment", IntakeRequests.Assessment());
        await ApiClients.EventuallyAsync<string>(async () =>
            (await AssessmentApi.GetAsync(caseworker, id)).GetProperty("reports")[0].GetProperty("protectionAssessmentRecorded").GetBoolean() ? "recorded" : null);
        await AssessmentApi.PrepareForDecisionAsync(caseworker, id);
        using var triage = await AssessmentApi.PutAsync(caseworker, id, "triage", new { colour = "green" });
        using var refused = await AssessmentApi.DecideAsync(caseworker, id, "do-not-open");
        using var decided = await AssessmentApi.DecideAsync(teamLead, id, "do-not-open");
        var feedbackDue = await caseworker.GetFromJsonAsync<JsonElement>("/api/assessment/worklist/feedback");
        using var feedback = await AssessmentApi.PostAsync(caseworker, id, "feedback", new { reportId });
        var final = await AssessmentApi.GetAsync(caseworker, id);

        // Assert
        Assert.Equal(HttpStatusCode.Created, protection.StatusCode);
        Assert.Equal(HttpStatusCode.OK, triage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(reportId, feedbackDue.GetProperty("items")[0].GetProperty("reportId").GetGuid());
        Assert.Equal(HttpStatusCode.OK, feedback.StatusCode);
        Assert.Equal("decided", final.GetProperty("status").GetString());
        Assert.Equal("do-not-open", final.GetProperty("decision").GetProperty("outcome").GetString());
        Assert.Equal("given", final.GetProperty("feedbackTasks")[0].GetProperty("result").GetString());
        Assert.NotNull(final.GetProperty("feedbackTasks")[0].GetProperty("endedAt").GetString());
    }
}
