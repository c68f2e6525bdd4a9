using System.Net;
using Platform.Contracts;
using Platform.Contracts.Assessment;

namespace Platform.EndToEndTests.Assessment;

/// <summary>A decision names its provision, its delegation and its decider's role; what was weighed and what the child said is never overwritten.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DecisionRecordTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_decision_under_the_order_When_read_and_announced_Then_it_names_the_provision_the_order_version_and_the_role()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var (municipality, bus, caseworker) = desk;
        var decisions = await bus.ListenAsync<AssessmentDecided>();
        var id = await AssessmentApi.OpenReadyToDecideAsync(platform, caseworker, Reports.Registered(municipality, Guid.NewGuid()));

        // Act
        using var response = await AssessmentApi.DecideAsync(caseworker, id, "open-investigation");
        var decision = (await AssessmentApi.GetAsync(caseworker, id)).GetProperty("decision");
        var published = await decisions.WaitForAsync(e => e.AssessmentId == id);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("investigation", decision.GetProperty("legalProvisionId").GetString());
        Assert.Contains("11 kap. 1 § SoL (2001:453)", decision.GetProperty("legalProvision").GetString(), StringComparison.Ordinal);
        Assert.Equal("delegation-order", decision.GetProperty("delegationBasis").GetString());
        Assert.Equal(1, decision.GetProperty("delegationOrderVersion").GetInt32());
        Assert.Equal("handlaggare", decision.GetProperty("deciderRole").GetString());
        Assert.Equal(1, published.DelegationOrderVersion);
        Assert.Equal(LegalProvisionIds.Investigation, published.LegalProvisionId);
        Assert.Equal("handlaggare", published.DeciderRole);
    }

    [Fact]
    public async Task Given_prior_knowledge_and_the_childs_view_recorded_twice_When_read_Then_both_recordings_of_each_are_kept()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        using var caseworker = await platform.ForMunicipalityAsync(municipality, name: "Anna Andersson");
        var id = AssessmentApi.IdOf(await AssessmentApi.PublishAndWaitAsync(bus, caseworker, Reports.Registered(municipality, Guid.NewGuid())));

        // Act
        using var firstWeighing = await AssessmentApi.PutAsync(caseworker, id, "prior-knowledge", new { hasPriorKnowledge = true, weighing = "Två tidigare anmälningar om skolfrånvaro, nu avslutade." });
        using var secondWeighing = await AssessmentApi.PutAsync(caseworker, id, "prior-knowledge", new { hasPriorKnowledge = true, weighing = "Även en utredning 2024 om våld i hemmet vägs in." });
        using var firstView = await AssessmentApi.PutAsync(caseworker, id, "child-view", new { obtained = false, text = "Barnet var sjukt vid besöket." });
        using var secondView = await AssessmentApi.PutAsync(caseworker, id, "child-view", new { obtained = true, text = AssessmentApi.ChildView });
        var assessment = await AssessmentApi.GetAsync(caseworker, id);

        // Assert
        var weighings = assessment.GetProperty("priorKnowledgeHistory");
        var views = assessment.GetProperty("childViewHistory");
        Assert.Equal(2, weighings.GetArrayLength());
        Assert.StartsWith("Två tidigare", weighings[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Även en utredning", weighings[1].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal([false, true], views.EnumerateArray().Select(v => v.GetProperty("answer").GetBoolean()));
        Assert.Equal("Anna Andersson", views[0].GetProperty("recordedByName").GetString());
        Assert.Equal(AssessmentApi.ChildView, assessment.GetProperty("childView").GetProperty("text").GetString());
    }
}
