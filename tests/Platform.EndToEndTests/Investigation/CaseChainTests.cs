using System.Net;
using System.Net.Http.Json;
using Platform.Contracts.Investigation;
using Platform.EndToEndTests.Assessment;
using Platform.EndToEndTests.Intake;

namespace Platform.EndToEndTests.Investigation;

/// <summary>The whole chain through the gateway: intake registers an anmälan, assessment decides to investigate, the investigation is documented and decided, and the placement goes out on the broker.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseChainTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_an_anmalan_registered_at_intake_When_assessed_investigated_and_decided_with_a_placement_Then_PlacementDecided_is_published()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworker = await platform.ForMunicipalityAsync(municipality, name: "Anna Andersson");
        using var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef", name: "Maja Chef");
        await InvestigationApi.EnsureDelegationOrderAsync(platform, municipality);
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var placements = await bus.ListenAsync<PlacementDecided>();
        var registered = await Reports.RegisterAsync(caseworker, Reports.Anmalan(Reports.IdentityNumber(Random.Shared.Next(1, 800))));
        var reportId = registered.GetProperty("reportId").GetGuid();

        // Act
        var assessmentId = AssessmentApi.IdOf((await Reports.AssessmentOfAsync(caseworker, reportId))!.Value);
        using var protection = await caseworker.PostAsJsonAsync($"/api/intake/reports/{reportId}/protection-assessment", IntakeRequests.Assessment());
        await ApiClients.EventuallyAsync<string>(async () =>
            (await AssessmentApi.GetAsync(caseworker, assessmentId)).GetProperty("reports")[0].GetProperty("protectionAssessmentRecorded").GetBoolean() ? "recorded" : null);
        await AssessmentApi.PrepareForDecisionAsync(caseworker, assessmentId);
        using var assessed = await AssessmentApi.DecideAsync(caseworker, assessmentId, "open-investigation");
        var childId = (await AssessmentApi.GetAsync(caseworker, assessmentId)).GetProperty("childId").GetGuid();
        var id = await InvestigationApi.OfChildAsync(caseworker, childId);
        await InvestigationApi.DocumentAsync(caseworker, id);
        using var decided = await InvestigationApi.PostAsync(manager, id, "decision", InvestigationApi.Decision("interventions", InvestigationApi.Hvb()));
        var placement = await placements.WaitForAsync(e => e.InvestigationId == id);

        // Assert
        Assert.Equal(HttpStatusCode.OK, assessed.StatusCode);
        var investigation = await InvestigationApi.ExpectAsync(decided, HttpStatusCode.OK);
        Assert.Equal("assessment-decision", investigation.GetProperty("origin").GetString());
        Assert.Equal(assessmentId, investigation.GetProperty("assessmentId").GetGuid());
        Assert.Equal(reportId, investigation.GetProperty("reports")[0].GetProperty("reportId").GetGuid());
        Assert.Equal(childId, placement.ChildId);
        Assert.Equal(PlacementType.Hvb, placement.PlacementType);
        Assert.Equal(Platform.Contracts.Delegation.DecisionType.DecidePlacement, placement.Decision);
        Assert.Equal(investigation.GetProperty("interventions")[0].GetProperty("interventionId").GetGuid(), placement.InterventionId);
    }
}
