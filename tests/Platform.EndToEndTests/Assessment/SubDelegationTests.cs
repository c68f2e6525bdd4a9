using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.EndToEndTests.Assessment;

[Collection(PlatformCollection.Name)]
public sealed class SubDelegationTests(PlatformFixture platform)
{
    private static object SubDelegation(string? reportedToCommitteeOn, string decision = "do-not-open", string delegateRole = "handlaggare") => new
    {
        decision,
        delegateRole,
        validFrom = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10)),
        validTo = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)),
        decisionReference = "SN 2026/117",
        decidedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-12)),
        reportedToCommitteeOn,
    };

    private static string DaysAgo(int days) => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-days)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Given_a_written_sub_delegation_reported_to_the_committee_When_a_caseworker_decides_not_to_open_Then_it_is_accepted_on_that_basis()
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform);
        var (municipality, caseworker, _, id) = ready;
        using var head = await platform.ForMunicipalityAsync(municipality, role: "forvaltningschef");
        using var created = await head.PostAsJsonAsync("/api/assessment/sub-delegations", SubDelegation(DaysAgo(5)));

        // Act
        using var decided = await AssessmentApi.DecideAsync(caseworker, id, "do-not-open");

        // Assert
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var decision = (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decision");
        Assert.Equal("sub-delegation", decision.GetProperty("delegationBasis").GetString());
        Assert.Equal((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subDelegationId").GetGuid(), decision.GetProperty("subDelegationId").GetGuid());
    }

    [Fact]
    public async Task Given_an_order_that_does_not_let_the_head_pass_a_decision_on_When_they_sub_delegate_it_Then_409_names_the_law()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await AssessmentApi.EnsureDelegationOrderAsync(platform, municipality);
        using var head = await platform.ForMunicipalityAsync(municipality, role: "forvaltningschef");

        // Act
        using var response = await head.PostAsJsonAsync("/api/assessment/sub-delegations", SubDelegation(DaysAgo(5), decision: "extend-assessment", delegateRole: "teamledare"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var listed = await head.GetFromJsonAsync<JsonElement>("/api/assessment/sub-delegations");

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("7 kap. 6 § KL (2017:725)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, listed.GetArrayLength());
    }

    [Fact]
    public async Task Given_a_sub_delegation_to_the_committee_When_created_Then_400_names_the_delegate_role()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await AssessmentApi.EnsureDelegationOrderAsync(platform, municipality);
        using var head = await platform.ForMunicipalityAsync(municipality, role: "forvaltningschef");

        // Act
        using var response = await head.PostAsJsonAsync("/api/assessment/sub-delegations", SubDelegation(DaysAgo(5), delegateRole: "namnd"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await AssessmentApi.ErrorsOfAsync(response)).TryGetProperty("delegateRole", out _));
    }

    [Fact]
    public async Task Given_a_sub_delegation_not_reported_to_the_committee_When_a_caseworker_decides_not_to_open_Then_403_until_it_is_reported()
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform);
        var (municipality, caseworker, _, id) = ready;
        using var head = await platform.ForMunicipalityAsync(municipality, role: "forvaltningschef");
        using var created = await head.PostAsJsonAsync("/api/assessment/sub-delegations", SubDelegation(null));
        var subDelegationId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subDelegationId").GetGuid();

        // Act
        using var refused = await AssessmentApi.DecideAsync(caseworker, id, "do-not-open");
        using var reported = await head.PutAsJsonAsync($"/api/assessment/sub-delegations/{subDelegationId}/committee-report", new { reportedOn = DaysAgo(0) });
        using var accepted = await AssessmentApi.DecideAsync(caseworker, id, "do-not-open");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("delegation-order:do-not-open", await AssessmentApi.RuleOfAsync(refused));
        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task Given_a_sub_delegation_without_a_written_decision_When_created_Then_400_names_the_reference()
    {
        // Arrange
        using var head = await platform.ForMunicipalityAsync(Municipalities.Next(), role: "forvaltningschef");

        // Act
        using var response = await head.PostAsJsonAsync("/api/assessment/sub-delegations", new
        {
            decision = "do-not-open",
            delegateRole = "handlaggare",
            validFrom = "2026-01-01",
            validTo = "2026-12-31",
            decidedOn = "2025-12-20",
        });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await AssessmentApi.ErrorsOfAsync(response)).TryGetProperty("decisionReference", out _));
    }

    [Fact]
    public async Task Given_a_team_lead_When_writing_a_sub_delegation_Then_403_names_the_rule()
    {
        // Arrange
        using var teamLead = await platform.ForMunicipalityAsync(Municipalities.Next(), role: "teamledare");

        // Act
        using var response = await teamLead.PostAsJsonAsync("/api/assessment/sub-delegations", SubDelegation(DaysAgo(1)));

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("delegation-changes", await AssessmentApi.RuleOfAsync(response));
    }
}
