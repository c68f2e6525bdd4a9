using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.EndToEndTests.Intake;

[Collection(PlatformCollection.Name)]
public sealed class IsolationTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_report_of_another_municipality_When_read_or_changed_Then_404_and_nothing_changes()
    {
        // Arrange
        var owner = await platform.ForMunicipalityAsync(Municipalities.Next());
        var stranger = await platform.ForMunicipalityAsync(Municipalities.Next());
        var registered = await owner.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(61)));
        var reportId = registered.Id("reportId");

        // Act
        using var read = await stranger.GetAsync($"/api/intake/reports/{reportId}");
        using var history = await stranger.GetAsync($"/api/intake/children/{registered.Id("childId")}/history");
        using var assess = await stranger.PostAsync($"/api/intake/reports/{reportId}/protection-assessment", IntakeRequests.Assessment());
        using var reclassify = await stranger.PostAsync($"/api/intake/reports/{reportId}/reclassification", IntakeRequests.Reclassification("ansokan"));
        var strangersWorklist = await stranger.WorklistAsync("");

        // Assert
        Assert.Equal(
            [HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            new[] { read.StatusCode, history.StatusCode, assess.StatusCode, reclassify.StatusCode });
        Assert.Empty(strangersWorklist);
        var report = await owner.ReportAsync(reportId);
        Assert.Equal("anmalan", report.Text("classification"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, report.GetProperty("protectionAssessment").ValueKind);
    }

    [Fact]
    public async Task Given_one_child_known_in_two_municipalities_When_registered_in_each_Then_the_platform_ids_differ_and_no_prior_knowledge_crosses()
    {
        // Arrange
        var a = await platform.ForMunicipalityAsync(Municipalities.Next());
        var b = await platform.ForMunicipalityAsync(Municipalities.Next());
        var inA = await a.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(62)));

        // Act
        var inB = await b.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(62)));

        // Assert
        Assert.NotEqual(inA.Id("childId"), inB.Id("childId"));
        Assert.Empty(inB.GetProperty("priorKnowledge").EnumerateArray());
    }

    [Fact]
    public async Task Given_a_regional_analyst_When_reading_intakes_or_assessments_worklist_Then_403_naming_the_same_rule()
    {
        // Arrange
        var client = platform.CreateGatewayClient();
        var token = await ApiClients.IssueAsync(client, new { sub = "analyst", name = "Ana Lys", region = "06", role = "regionanalytiker", qualified = true });
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        // Act
        using var intake = await client.GetAsync("/api/intake/reports?status=awaiting-protection-assessment");
        using var assessment = await client.GetAsync("/api/assessment/worklist");

        // Assert
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (intake.StatusCode, assessment.StatusCode));
        Assert.Equal("casework-roles", (await intake.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.Equal("casework-roles", (await assessment.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
    }
}
