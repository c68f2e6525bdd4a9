using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.EndToEndTests.Assessment;
using Platform.EndToEndTests.Intake;
using Platform.EndToEndTests.Investigation;
using Platform.EndToEndTests.Placements;

namespace Platform.EndToEndTests.EndToEnd;

/// <summary>
/// One child's case through every service and the gateway: intake, assessment, investigation, the
/// placement and its start, and the county's de-identified follow-up; a second report meanwhile is
/// recorded as "investigation already ongoing" because the investigation service said so.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class WholeCaseChainTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_an_anmalan_at_intake_When_it_is_assessed_investigated_placed_and_started_Then_every_service_agrees_and_the_region_holds_the_placement()
    {
        // Arrange
        var county = Counties.Next();
        var municipality = Counties.Municipality(county, 1);
        using var caseworker = await platform.ForMunicipalityAsync(municipality, name: "Anna Andersson");
        using var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef", name: "Maja Chef");
        using var quality = await platform.ForMunicipalityAsync(municipality, role: "kvalitetsutvecklare", sub: "quality");
        await InvestigationApi.EnsureDelegationOrderAsync(platform, municipality);
        var identityNumber = Reports.IdentityNumber(Random.Shared.Next(1, 800));
        var month = PlacementsApi.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        // Act: intake and assessment.
        var reportId = (await Reports.RegisterAsync(caseworker, Reports.Anmalan(identityNumber))).GetProperty("reportId").GetGuid();
        var assessmentId = AssessmentApi.IdOf((await Reports.AssessmentOfAsync(caseworker, reportId))!.Value);
        using (var protection = await caseworker.PostAsJsonAsync($"/api/intake/reports/{reportId}/protection-assessment", IntakeRequests.Assessment()))
        {
            Assert.Equal(HttpStatusCode.Created, protection.StatusCode);
        }

        await ApiClients.EventuallyAsync<string>(async () =>
            (await AssessmentApi.GetAsync(caseworker, assessmentId)).GetProperty("reports")[0].GetProperty("protectionAssessmentRecorded").GetBoolean() ? "recorded" : null);
        await AssessmentApi.PrepareForDecisionAsync(caseworker, assessmentId);
        using var assessed = await AssessmentApi.DecideAsync(caseworker, assessmentId, "open-investigation");
        var childId = (await AssessmentApi.GetAsync(caseworker, assessmentId)).GetProperty("childId").GetGuid();

        // Act: the investigation opens; a second report meanwhile goes to it.
        var investigationId = await InvestigationApi.OfChildAsync(caseworker, childId);
        await AssessmentApi.KnowsInvestigationAsync(platform, investigationId);
        var secondReportId = (await Reports.RegisterAsync(caseworker, Reports.Anmalan(identityNumber, "Ny oro från skolan."))).GetProperty("reportId").GetGuid();
        var second = (await Reports.AssessmentOfAsync(caseworker, secondReportId))!.Value;

        // Act: documented and decided with a placement, which the placement service starts.
        await InvestigationApi.DocumentAsync(caseworker, investigationId);
        using var decided = await InvestigationApi.PostAsync(manager, investigationId, "decision", InvestigationApi.Decision("interventions", InvestigationApi.Hvb()));
        var interventionId = (await InvestigationApi.ExpectAsync(decided, HttpStatusCode.OK)).GetProperty("interventions")[0].GetProperty("interventionId").GetGuid();
        var placementId = await PlacementOfAsync(caseworker, interventionId);
        using var started = await PlacementsApi.StartAsync(caseworker, placementId, daysAgo: 0, provider: "556677-8899");
        var startedIntervention = await ApiClients.EventuallyAsync<JsonElement?>(async () =>
        {
            var intervention = (await InvestigationApi.GetAsync(caseworker, investigationId)).GetProperty("interventions")[0];
            return intervention.GetProperty("startedOn").ValueKind == JsonValueKind.String ? intervention : null;
        });
        var reconciled = await ApiClients.EventuallyAsync<JsonElement?>(async () =>
        {
            var r = await quality.GetFromJsonAsync<JsonElement>($"/api/placements/regional/reconciliation?from={month}&to={month}");
            return r.GetProperty("regionalCount").GetInt32() == 1 ? r : null;
        });

        // Assert
        Assert.Equal(HttpStatusCode.OK, assessed.StatusCode);
        Assert.Equal("investigation-already-ongoing", second.GetProperty("decision").GetProperty("outcome").GetString());
        Assert.Contains(secondReportId, (await InvestigationApi.GetAsync(caseworker, investigationId)).GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("reportId").GetGuid()));
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(PlacementsApi.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), startedIntervention!.Value.GetProperty("startedOn").GetString());
        Assert.False(startedIntervention.Value.GetProperty("notExecuted").GetBoolean());
        Assert.Equal(1, reconciled!.Value.GetProperty("localCount").GetInt32());
        Assert.Equal(0, reconciled.Value.GetProperty("missingInRegion").GetArrayLength());
    }

    private static async Task<Guid> PlacementOfAsync(HttpClient client, Guid interventionId) =>
        await ApiClients.EventuallyAsync<Guid?>(async () =>
        {
            using var response = await client.GetAsync($"/api/placements/placements?interventionId={interventionId}");
            var list = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
            return list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0 ? list[0].GetProperty("placementId").GetGuid() : null;
        }) ?? throw new InvalidOperationException("The placement service never received the decision.");
}
