using System.Net;
using Platform.Contracts.Assessment;
using Platform.Contracts.Delegation;
using Platform.Contracts.Investigation;

namespace Platform.EndToEndTests.Investigation;

/// <summary>
/// Decisions and extensions under the municipality's delegation order, recorded at assessment and kept
/// here from its event (order as in DOMAIN.md §3: open care from team lead, placement and extension
/// from unit manager).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DelegatedDecisionTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_the_order_When_a_unit_manager_decides_a_placement_and_open_care_Then_it_is_recorded_under_the_order_and_published()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await InvestigationApi.EnsureDelegationOrderAsync(platform, municipality);
        using var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var placements = await bus.ListenAsync<PlacementDecided>();
        var concluded = await bus.ListenAsync<InvestigationConcluded>();
        var id = await InvestigationApi.OpenAsync(platform, manager, InvestigationApi.Application(municipality));
        await InvestigationApi.DocumentAsync(manager, id);

        // Act
        using var response = await InvestigationApi.PostAsync(manager, id, "decision",
            InvestigationApi.Decision("interventions", InvestigationApi.Hvb(), InvestigationApi.OpenCare("contact-family")));

        // Assert
        var investigation = await InvestigationApi.ExpectAsync(response, HttpStatusCode.OK);
        var decision = investigation.GetProperty("decision");
        Assert.Equal("delegation-order", decision.GetProperty("delegationBasis").GetString());
        Assert.Equal("enhetschef", decision.GetProperty("deciderRole").GetString());
        Assert.Equal(1, decision.GetProperty("delegationOrderVersion").GetInt32());
        var placement = await placements.WaitForAsync(e => e.InvestigationId == id);
        Assert.Equal(DecisionType.DecidePlacement, placement.Decision);
        Assert.Equal(DelegationBasis.DelegationOrder, placement.DelegationBasis);
        Assert.False(placement.LongTermCare);
        var done = await concluded.WaitForAsync(e => e.InvestigationId == id);
        Assert.True(done.WithinStatutoryDeadline);
        Assert.Equal(2, done.InterventionCount);
    }

    [Fact]
    public async Task Given_investigations_documented_by_two_caseworkers_When_concluded_Then_each_carries_its_caseworkers_pseudonym_and_never_the_user()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await InvestigationApi.EnsureDelegationOrderAsync(platform, municipality);
        using var anna = await platform.ForMunicipalityAsync(municipality, role: "enhetschef", sub: "anna-" + municipality);
        using var bo = await platform.ForMunicipalityAsync(municipality, role: "enhetschef", sub: "bo-" + municipality);
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var concluded = await bus.ListenAsync<InvestigationConcluded>();
        var ids = new List<Guid>();
        foreach (var caseworker in new[] { anna, anna, bo })
        {
            var id = await InvestigationApi.OpenAsync(platform, caseworker, InvestigationApi.Application(municipality));
            await InvestigationApi.DocumentAsync(caseworker, id);
            ids.Add(id);
        }

        // Act: the decision is Bo's every time; the caseworker is whoever documented
        foreach (var id in ids)
        {
            using var response = await InvestigationApi.PostAsync(bo, id, "decision", InvestigationApi.Decision("interventions", InvestigationApi.OpenCare()));
            await InvestigationApi.ExpectAsync(response, HttpStatusCode.OK);
        }

        // Assert
        var pseudonyms = new List<Guid?>();
        foreach (var id in ids)
        {
            pseudonyms.Add((await concluded.WaitForAsync(e => e.InvestigationId == id)).DocumentingCaseworker);
        }

        Assert.All(pseudonyms, p => Assert.NotNull(p));
        Assert.Equal(pseudonyms[0], pseudonyms[1]);
        Assert.NotEqual(pseudonyms[0], pseudonyms[2]);
        var wire = System.Text.Json.JsonSerializer.Serialize(pseudonyms);
        Assert.DoesNotContain("anna", wire, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("handlaggare", true, "placement", "delegation-order:decide-placement")]
    [InlineData("handlaggare", true, "open-care", "delegation-order:decide-open-care")]
    [InlineData("teamledare", true, "placement", "delegation-order:decide-placement")]
    [InlineData("teamledare", false, "open-care", "qualified-staff")]
    public async Task Given_the_order_When_a_role_it_does_not_name_decides_Then_403_names_the_rule(string role, bool qualified, string what, string rule)
    {
        // Arrange
        var municipality = Municipalities.Next();
        await InvestigationApi.EnsureDelegationOrderAsync(platform, municipality);
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        using var caller = await platform.ForMunicipalityAsync(municipality, role: role, qualified: qualified, sub: "caller");
        var id = await InvestigationApi.OpenAsync(platform, caseworker, InvestigationApi.Application(municipality));
        await InvestigationApi.DocumentAsync(caseworker, id);
        var body = what switch
        {
            "no-intervention" => InvestigationApi.Decision("no-intervention"),
            "open-care" => InvestigationApi.Decision("interventions", InvestigationApi.OpenCare()),
            _ => InvestigationApi.Decision("interventions", InvestigationApi.Hvb()),
        };

        // Act
        using var response = await InvestigationApi.PostAsync(caller, id, "decision", body);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(rule, await InvestigationApi.RuleOfAsync(response));
        Assert.Equal("open", (await InvestigationApi.GetAsync(caseworker, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_the_order_When_a_unit_manager_extends_in_time_Then_the_new_deadline_stands_beside_the_statutory_one_and_is_published()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await InvestigationApi.EnsureDelegationOrderAsync(platform, municipality);
        using var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var extensions = await bus.ListenAsync<InvestigationExtended>();
        var id = await InvestigationApi.OpenAsync(platform, manager, InvestigationApi.Application(municipality));
        var statutory = (await InvestigationApi.GetAsync(manager, id)).GetProperty("statutoryDueDate").GetString();
        var newDueDate = InvestigationApi.Today.AddMonths(6);
        object Extension(DateOnly day) => new { newDueDate = day, reason = "Särskilda skäl: barnet vårdas på sjukhus." };

        // Act
        using var refused = await InvestigationApi.PostAsync(caseworker, id, "extensions", Extension(newDueDate));
        using var first = await InvestigationApi.PostAsync(manager, id, "extensions", Extension(newDueDate));
        using var second = await InvestigationApi.PostAsync(manager, id, "extensions", Extension(newDueDate.AddDays(14)));

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("delegation-order:extend-investigation", await InvestigationApi.RuleOfAsync(refused));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var investigation = await InvestigationApi.ExpectAsync(second, HttpStatusCode.Created);
        Assert.Equal(statutory, investigation.GetProperty("statutoryDueDate").GetString());
        Assert.Equal(newDueDate.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), investigation.GetProperty("dueDate").GetString());
        Assert.True(investigation.GetProperty("extended").GetBoolean());
        Assert.Equal(2, investigation.GetProperty("extensions").GetArrayLength());
        var extended = await extensions.WaitForAsync(e => e.InvestigationId == id && e.DueAt == investigation.GetProperty("extensions")[0].GetProperty("newDueAt").GetDateTimeOffset());
        Assert.Equal("enhetschef", extended.DeciderRole);
        Assert.Equal(1, extended.DelegationOrderVersion);
    }
}
