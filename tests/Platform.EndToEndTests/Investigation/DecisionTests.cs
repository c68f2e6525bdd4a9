using System.Net;
using Platform.Contracts.Assessment;
using Platform.Contracts.Delegation;
using Platform.Contracts.Investigation;

namespace Platform.EndToEndTests.Investigation;

/// <summary>A decision waits for complete documentation; the committee's own decisions are the committee's; every other needs the delegation order.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DecisionTests(PlatformFixture platform)
{
    private static readonly string[] AlwaysRequired =
    [
        "guardians-informed", "investigation-plan", "child-heard", "child-view", "consultations", "communications",
        "needs-assessment", "guardians-ability", "conclusion",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Given_nothing_documented_When_concluding_Then_400_lists_every_missing_part_by_name(bool violence)
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        var concern = violence ? Platform.Contracts.Intake.ConcernCategory.Violence : Platform.Contracts.Intake.ConcernCategory.Neglect;
        var id = await InvestigationApi.OpenAsync(platform, caseworker, InvestigationApi.Application(municipality, concern: concern));

        // Act
        using var response = await InvestigationApi.PostAsync(caseworker, id, "decision", InvestigationApi.Decision("no-intervention"));

        // Assert
        var problem = await InvestigationApi.ExpectAsync(response, HttpStatusCode.BadRequest);
        string[] expected = violence ? [.. AlwaysRequired, "risk-assessment", "police-report"] : AlwaysRequired;
        var missing = problem.GetProperty("missingParts").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), missing.Order(StringComparer.Ordinal));
        Assert.All(expected, part => Assert.True(problem.GetProperty("errors").TryGetProperty(part, out _), part));
        Assert.Equal("open", (await InvestigationApi.GetAsync(caseworker, id)).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("sol", true, false)]
    [InlineData("lvu2", false, false)]
    [InlineData("lvu3", false, true)]
    public async Task Given_an_official_When_taking_a_committee_decision_Then_403_names_committee_decisions(string legalBasis, bool longTermCare, bool immediateCustody)
    {
        // Arrange
        using var opened = await OpenedInvestigation.OpenAsync(platform, role: "enhetschef");
        var (_, manager, id) = opened;
        await InvestigationApi.DocumentAsync(manager, id);

        // Act
        using var response = await InvestigationApi.PostAsync(manager, id, "decision",
            InvestigationApi.Decision("interventions", InvestigationApi.Hvb(legalBasis, longTermCare, immediateCustody)));

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("committee-decisions", await InvestigationApi.RuleOfAsync(response));
    }

    [Fact]
    public async Task Given_a_municipality_without_a_delegation_order_When_an_official_decides_Then_409_says_the_order_is_missing()
    {
        // Arrange
        using var opened = await OpenedInvestigation.OpenAsync(platform, role: "enhetschef");
        var (_, manager, id) = opened;
        await InvestigationApi.DocumentAsync(manager, id);

        // Act
        using var response = await InvestigationApi.PostAsync(manager, id, "decision", InvestigationApi.Decision("interventions", InvestigationApi.OpenCare()));

        // Assert
        var problem = await InvestigationApi.ExpectAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("no delegation order", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_committee_secretary_When_entering_a_placement_for_long_term_care_decided_at_a_meeting_Then_it_is_recorded_and_published()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        using var secretary = await Assessment.AssessmentApi.SecretaryAsync(platform, municipality);
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var concluded = await bus.ListenAsync<InvestigationConcluded>();
        var decided = await bus.ListenAsync<InterventionDecided>();
        var placements = await bus.ListenAsync<PlacementDecided>();
        var closed = await bus.ListenAsync<InvestigationClosed>();
        var id = await InvestigationApi.OpenAsync(platform, caseworker, InvestigationApi.Application(municipality));
        await InvestigationApi.DocumentAsync(caseworker, id);

        // Act
        using var response = await InvestigationApi.PostAsync(secretary, id, "decision",
            InvestigationApi.CommitteeDecision(InvestigationApi.Meeting(), InvestigationApi.Hvb(longTermCare: true), InvestigationApi.OpenCare("family-treatment")));

        // Assert
        var investigation = await InvestigationApi.ExpectAsync(response, HttpStatusCode.OK);
        var decision = investigation.GetProperty("decision");
        Assert.Equal("committee-meeting", decision.GetProperty("delegationBasis").GetString());
        Assert.Equal("namnd", decision.GetProperty("deciderRole").GetString());
        Assert.Equal("§ 88", decision.GetProperty("committeeProtocolParagraph").GetString());
        Assert.Equal("closed", investigation.GetProperty("status").GetString());
        var placement = await placements.WaitForAsync(e => e.InvestigationId == id);
        Assert.True(placement.LongTermCare);
        Assert.Equal(DecisionType.PlacementForLongTermCare, placement.Decision);
        Assert.Equal(DelegationBasis.CommitteeMeeting, placement.DelegationBasis);
        Assert.Equal(InvestigationApi.Today, placement.CommitteeMeetingDate);
        Assert.Equal("556677-8899", placement.ProviderOrganisationNumber);
        Assert.Equal(2, (await concluded.WaitForAsync(e => e.InvestigationId == id)).InterventionCount);
        Assert.Equal(InterventionKind.OpenCare, (await decided.WaitForAsync(e => e.InvestigationId == id && e.Kind == InterventionKind.OpenCare)).Kind);
        Assert.Equal(id, (await closed.WaitForAsync(e => e.InvestigationId == id)).InvestigationId);
    }

    [Fact]
    public async Task Given_the_chairs_urgent_decision_on_immediate_custody_When_entered_Then_it_is_recorded_as_urgent()
    {
        // Arrange
        using var opened = await OpenedInvestigation.OpenAsync(platform);
        var (municipality, caseworker, id) = opened;
        using var secretary = await Assessment.AssessmentApi.SecretaryAsync(platform, municipality);
        await InvestigationApi.DocumentAsync(caseworker, id);

        // Act
        using var openCare = await InvestigationApi.PostAsync(secretary, id, "decision",
            InvestigationApi.CommitteeDecision(new { urgentByChair = true }, InvestigationApi.OpenCare()));
        using var custody = await InvestigationApi.PostAsync(secretary, id, "decision",
            InvestigationApi.CommitteeDecision(new { urgentByChair = true }, InvestigationApi.Hvb("lvu2", immediateCustody: true)));

        // Assert
        var refused = await InvestigationApi.ExpectAsync(openCare, HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("committee.urgentByChair", out _));
        var investigation = await InvestigationApi.ExpectAsync(custody, HttpStatusCode.OK);
        Assert.Equal("urgent-chair-decision", investigation.GetProperty("decision").GetProperty("delegationBasis").GetString());
        Assert.Equal("immediate-custody-lvu", investigation.GetProperty("interventions")[0].GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Given_an_open_care_decision_When_the_intervention_starts_or_ends_Then_it_is_recorded_once()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        using var secretary = await Assessment.AssessmentApi.SecretaryAsync(platform, municipality);
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var starts = await bus.ListenAsync<InterventionStarted>();
        var id = await InvestigationApi.OpenAsync(platform, caseworker, InvestigationApi.Application(municipality));
        await InvestigationApi.DocumentAsync(caseworker, id);
        var decided = await InvestigationApi.ExpectAsync(
            await InvestigationApi.PostAsync(secretary, id, "decision", InvestigationApi.CommitteeDecision(InvestigationApi.Meeting(), InvestigationApi.OpenCare())),
            HttpStatusCode.OK);
        var interventionId = decided.GetProperty("interventions")[0].GetProperty("interventionId").GetGuid();

        // Act
        using var started = await InvestigationApi.PostAsync(caseworker, id, $"interventions/{interventionId}/started", new { startedOn = InvestigationApi.Today });
        using var ended = await InvestigationApi.PostAsync(caseworker, id, $"interventions/{interventionId}/ended-unexecuted",
            new { endedOn = InvestigationApi.Today, reason = "declined" });

        // Assert
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, ended.StatusCode);
        var start = await starts.WaitForAsync(e => e.InterventionId == interventionId);
        Assert.False(start.StartedLate);
        Assert.Equal(InvestigationApi.Today, start.StartedOn);
    }
}
