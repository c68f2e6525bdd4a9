using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Intake;

namespace Platform.EndToEndTests.Assessment;

[Collection(PlatformCollection.Name)]
public sealed class DecisionTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_an_order_giving_not_opening_to_managers_When_a_caseworker_decides_not_to_open_Then_403_names_the_delegation_rule()
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform);
        var (_, caseworker, _, id) = ready;

        // Act
        using var response = await AssessmentApi.DecideAsync(caseworker, id, "do-not-open");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("delegation-order:do-not-open", await AssessmentApi.RuleOfAsync(response));
        Assert.Equal("open", (await AssessmentApi.GetAsync(caseworker, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_an_order_giving_not_opening_to_managers_When_a_team_lead_decides_not_to_open_Then_it_is_decided_in_time()
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform);
        var (municipality, caseworker, _, id) = ready;
        using var teamLead = await platform.ForMunicipalityAsync(municipality, role: "teamledare");

        // Act
        using var response = await AssessmentApi.DecideAsync(teamLead, id, "do-not-open");
        var decided = await response.Content.ReadFromJsonAsync<JsonElement>();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("decided", decided.GetProperty("status").GetString());
        var decision = decided.GetProperty("decision");
        Assert.Equal("do-not-open", decision.GetProperty("outcome").GetString());
        Assert.Equal("teamledare", decision.GetProperty("deciderRole").GetString());
        Assert.Equal("delegation-order", decision.GetProperty("delegationBasis").GetString());
        Assert.False(decision.GetProperty("late").GetBoolean());
    }

    [Fact]
    public async Task Given_a_qualified_caseworker_When_they_open_an_investigation_Then_it_is_accepted()
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform);
        var (_, caseworker, _, id) = ready;

        // Act
        using var response = await AssessmentApi.DecideAsync(caseworker, id, "open-investigation");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("open-investigation", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decision").GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Given_an_unqualified_caseworker_When_they_decide_Then_403_names_the_qualification_rule()
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform);
        var (municipality, caseworker, _, id) = ready;
        using var student = await platform.ForMunicipalityAsync(municipality, qualified: false, sub: "student");

        // Act
        using var response = await AssessmentApi.DecideAsync(student, id, "open-investigation");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("qualified-staff", await AssessmentApi.RuleOfAsync(response));
    }

    [Fact]
    public async Task Given_a_violence_concern_When_not_opening_without_an_override_reason_Then_400_and_with_one_it_is_flagged()
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform, report: r => r with { ConcernCategories = [ConcernCategory.Violence] });
        var (municipality, caseworker, _, id) = ready;
        using var teamLead = await platform.ForMunicipalityAsync(municipality, role: "teamledare");

        // Act
        using var withoutReason = await AssessmentApi.DecideAsync(teamLead, id, "do-not-open");
        using var withReason = await AssessmentApi.DecideAsync(teamLead, id, "do-not-open", "Polisen utreder; familjen har redan stöd.");
        var decision = (await withReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decision");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.True((await AssessmentApi.ErrorsOfAsync(withoutReason)).TryGetProperty("violenceOverrideReason", out _));
        Assert.Equal(HttpStatusCode.OK, withReason.StatusCode);
        Assert.True(decision.GetProperty("flaggedForQualityFollowUp").GetBoolean());
    }

    [Fact]
    public async Task Given_an_assessment_without_prior_knowledge_recorded_When_decided_Then_400_names_it_and_nothing_is_decided()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await AssessmentApi.EnsureDelegationOrderAsync(platform, municipality);
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        var id = AssessmentApi.IdOf(await AssessmentApi.PublishAndWaitAsync(bus, caseworker, Reports.Registered(municipality, Guid.NewGuid())));

        // Act
        using var listOnly = await AssessmentApi.PutAsync(caseworker, id, "prior-knowledge", new { hasPriorKnowledge = true });
        using var response = await AssessmentApi.DecideAsync(caseworker, id, "open-investigation");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, listOnly.StatusCode);
        Assert.True((await AssessmentApi.ErrorsOfAsync(listOnly)).TryGetProperty("weighing", out _));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await AssessmentApi.ErrorsOfAsync(response)).TryGetProperty("prior-knowledge", out _));
        Assert.Equal("open", (await AssessmentApi.GetAsync(caseworker, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_the_deadline_has_passed_When_decided_Then_the_decision_is_accepted_and_recorded_as_late()
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform, report: r => r with { ReceivedAt = DateTimeOffset.UtcNow.AddDays(-20) });
        var (_, caseworker, _, id) = ready;

        // Act
        using var response = await AssessmentApi.DecideAsync(caseworker, id, "open-investigation");
        var decision = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decision");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(decision.GetProperty("late").GetBoolean());
        Assert.False(decision.GetProperty("withinDeadline").GetBoolean());
    }
}
