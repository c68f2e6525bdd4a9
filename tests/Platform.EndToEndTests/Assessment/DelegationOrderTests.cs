using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Delegation;

namespace Platform.EndToEndTests.Assessment;

/// <summary>The delegation order exists only as the municipality's committee decided it; the platform ships none (DOMAIN.md §3).</summary>
[Collection(PlatformCollection.Name)]
public sealed class DelegationOrderTests(PlatformFixture platform)
{
    private static readonly object[] CaseworkersMayNotOpen =
    [
        new { decision = "open-investigation", roles = new[] { "handlaggare", "teamledare" } },
        new { decision = "do-not-open", roles = new[] { "handlaggare", "teamledare" } },
        new { decision = "extend-assessment", roles = new[] { "enhetschef" } },
    ];

    private async Task<Guid> OpenWithoutOrderAsync(HttpClient caseworker, string municipality)
    {
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var report = Reports.Registered(municipality, Guid.NewGuid());
        var id = AssessmentApi.IdOf(await AssessmentApi.PublishAndWaitAsync(bus, caseworker, report));
        await AssessmentApi.ProtectionAssessedAsync(bus, caseworker, report);
        await AssessmentApi.PrepareForDecisionAsync(caseworker, id);
        return id;
    }

    [Fact]
    public async Task Given_a_municipality_without_an_order_When_it_is_read_Then_404_and_the_history_is_empty()
    {
        // Arrange
        using var client = await platform.ForMunicipalityAsync(Municipalities.Next());

        // Act
        using var current = await client.GetAsync("/api/assessment/delegation-order");
        var history = await client.GetFromJsonAsync<JsonElement>("/api/assessment/delegation-order/history");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, current.StatusCode);
        Assert.Equal(0, history.GetArrayLength());
    }

    [Fact]
    public async Task Given_a_municipality_without_an_order_When_a_delegated_decision_is_taken_Then_409_says_the_order_is_missing()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        var id = await OpenWithoutOrderAsync(caseworker, municipality);

        // Act
        using var response = await AssessmentApi.DecideAsync(caseworker, id, "open-investigation");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("no delegation order", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("6 kap. 37 § KL (2017:725)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("open", (await AssessmentApi.GetAsync(caseworker, id)).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("forvaltningschef")]
    [InlineData("handlaggare")]
    public async Task Given_someone_other_than_the_committee_secretary_When_recording_the_order_Then_403_names_the_rule(string role)
    {
        // Arrange
        using var client = await platform.ForMunicipalityAsync(Municipalities.Next(), role: role);

        // Act
        using var response = await client.PutAsJsonAsync("/api/assessment/delegation-order", AssessmentApi.Order(CaseworkersMayNotOpen));

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("committee-decisions", await AssessmentApi.RuleOfAsync(response));
    }

    [Fact]
    public async Task Given_an_order_without_the_committees_decision_When_recorded_Then_400_names_each_missing_field()
    {
        // Arrange
        using var secretary = await AssessmentApi.SecretaryAsync(platform, Municipalities.Next());

        // Act
        using var response = await secretary.PutAsJsonAsync("/api/assessment/delegation-order", new { grants = CaseworkersMayNotOpen });
        var errors = await AssessmentApi.ErrorsOfAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty("committeeDecidedOn", out _));
        Assert.True(errors.TryGetProperty("protocolParagraph", out _));
        Assert.True(errors.TryGetProperty("appliesFrom", out _));
    }

    [Fact]
    public async Task Given_orders_recorded_by_the_secretary_When_decisions_are_taken_Then_only_the_one_applying_by_then_counts_and_the_history_keeps_both()
    {
        // Arrange
        var (municipality, other) = (Municipalities.Next(), Municipalities.Next());
        using var secretary = await AssessmentApi.SecretaryAsync(platform, municipality);
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        using var stranger = await platform.ForMunicipalityAsync(other);
        var id = await OpenWithoutOrderAsync(caseworker, municipality);
        var later = AssessmentApi.Today.AddDays(2);

        // Act
        using var future = await secretary.PutAsJsonAsync("/api/assessment/delegation-order", AssessmentApi.Order(AssessmentApi.DaysAgo(1), later, CaseworkersMayNotOpen));
        using var beforeItApplies = await AssessmentApi.DecideAsync(caseworker, id, "do-not-open");
        using var inForce = await secretary.PutAsJsonAsync("/api/assessment/delegation-order", AssessmentApi.Order(CaseworkersMayNotOpen));
        using var decided = await AssessmentApi.DecideAsync(caseworker, id, "do-not-open");
        var current = await caseworker.GetFromJsonAsync<JsonElement>("/api/assessment/delegation-order");
        var history = await caseworker.GetFromJsonAsync<JsonElement>("/api/assessment/delegation-order/history");
        using var strangersOrder = await stranger.GetAsync("/api/assessment/delegation-order");

        // Assert
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.OK, HttpStatusCode.OK],
            [future.StatusCode, beforeItApplies.StatusCode, inForce.StatusCode, decided.StatusCode]);
        Assert.Equal(2, (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decision").GetProperty("delegationOrderVersion").GetInt32());
        Assert.Equal(2, current.GetProperty("version").GetInt32());
        Assert.Equal("§ 47", current.GetProperty("protocolParagraph").GetString());
        Assert.Equal(2, history.GetArrayLength());
        Assert.False(history[0].GetProperty("inForceToday").GetBoolean());
        Assert.Equal("Sara Sekreterare", history[1].GetProperty("changedByName").GetString());
        Assert.Equal(HttpStatusCode.NotFound, strangersOrder.StatusCode);
    }

    [Theory]
    [InlineData("operator")]
    [InlineData("namnd")]
    public async Task Given_an_order_naming_a_role_that_cannot_be_a_delegate_When_saved_Then_400_names_the_field(string role)
    {
        // Arrange
        using var secretary = await AssessmentApi.SecretaryAsync(platform, Municipalities.Next());

        // Act
        using var response = await secretary.PutAsJsonAsync("/api/assessment/delegation-order",
            AssessmentApi.Order(new { decision = "do-not-open", roles = new[] { role } }));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await AssessmentApi.ErrorsOfAsync(response)).TryGetProperty("grants[0].roles", out _));
    }

    [Fact]
    public async Task Given_a_secretary_When_an_order_is_recorded_Then_every_deciding_service_is_told_its_grants_by_role()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var recorded = await bus.ListenAsync<DelegationOrderRecorded>();
        using var secretary = await AssessmentApi.SecretaryAsync(platform, municipality);

        // Act
        using var response = await secretary.PutAsJsonAsync("/api/assessment/delegation-order", AssessmentApi.EskilstunaOrder);
        var published = await recorded.WaitForAsync(e => e.TenantId == municipality);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, published.Version);
        Assert.Equal("§ 47", published.ProtocolParagraph);
        Assert.Equal(AssessmentApi.DaysAgo(60), published.AppliesFrom);
        var extend = Assert.Single(published.Grants, g => g.Decision == DecisionType.ExtendInvestigation);
        Assert.Equal(["enhetschef", "forvaltningschef"], extend.Roles);
    }

    [Theory]
    [InlineData("placement-for-long-term-care")]
    [InlineData("apply-for-lvu-care")]
    [InlineData("immediate-custody-lvu")]
    public async Task Given_an_order_delegating_a_committee_decision_When_saved_Then_400_names_the_field(string decision)
    {
        // Arrange
        using var secretary = await AssessmentApi.SecretaryAsync(platform, Municipalities.Next());

        // Act
        using var response = await secretary.PutAsJsonAsync("/api/assessment/delegation-order",
            AssessmentApi.Order(new { decision, roles = new[] { "enhetschef" } }));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("committee's own decision", problem.GetProperty("errors").GetProperty("grants[0].decision")[0].GetString(), StringComparison.Ordinal);
    }
}
