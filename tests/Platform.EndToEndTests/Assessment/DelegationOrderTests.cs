using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.EndToEndTests.Infrastructure;

namespace Platform.EndToEndTests.Assessment;

[Collection(PlatformCollection.Name)]
public sealed class DelegationOrderTests(PlatformFixture platform)
{
    private static readonly object CaseworkersMayNotOpen = new
    {
        grants = new object[]
        {
            new { decision = "open-investigation", roles = new[] { "handlaggare", "teamledare" } },
            new { decision = "do-not-open", roles = new[] { "handlaggare", "teamledare" } },
            new { decision = "extend-assessment", roles = new[] { "enhetschef" } },
        },
    };

    [Fact]
    public async Task Given_a_municipality_without_its_own_order_When_read_Then_the_default_applies()
    {
        // Arrange
        using var client = await platform.ForMunicipalityAsync(Municipalities.Next());

        // Act
        var order = await client.GetFromJsonAsync<JsonElement>("/api/assessment/delegation-order");

        // Assert
        Assert.True(order.GetProperty("isDefault").GetBoolean());
        var doNotOpen = order.GetProperty("grants").EnumerateArray().Single(g => g.GetProperty("decision").GetString() == "do-not-open");
        Assert.DoesNotContain("handlaggare", doNotOpen.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [InlineData("handlaggare")]
    [InlineData("enhetschef")]
    public async Task Given_someone_other_than_the_head_of_department_When_changing_the_order_Then_403_names_the_rule(string role)
    {
        // Arrange
        using var client = await platform.ForMunicipalityAsync(Municipalities.Next(), role: role);

        // Act
        using var response = await client.PutAsJsonAsync("/api/assessment/delegation-order", CaseworkersMayNotOpen);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("delegation-changes", await AssessmentApi.RuleOfAsync(response));
    }

    [Fact]
    public async Task Given_the_head_of_department_When_changing_the_order_Then_it_applies_to_decisions_and_the_history_keeps_who_and_when()
    {
        // Arrange
        var (municipality, other) = (Municipalities.Next(), Municipalities.Next());
        using var head = await platform.ForMunicipalityAsync(municipality, role: "forvaltningschef", name: "Frida Förvaltningschef");
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        using var stranger = await platform.ForMunicipalityAsync(other);
        var id = await AssessmentApi.OpenReadyToDecideAsync(platform, caseworker, Reports.Registered(municipality, Guid.NewGuid()));

        // Act
        using var changed = await head.PutAsJsonAsync("/api/assessment/delegation-order", CaseworkersMayNotOpen);
        using var decided = await AssessmentApi.DecideAsync(caseworker, id, "do-not-open");
        var history = await head.GetFromJsonAsync<JsonElement>("/api/assessment/delegation-order/history");
        var strangersOrder = await stranger.GetFromJsonAsync<JsonElement>("/api/assessment/delegation-order");

        // Assert
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(2, history.GetArrayLength());
        Assert.Equal("Frida Förvaltningschef", history[1].GetProperty("changedByName").GetString());
        Assert.Equal(1, history[1].GetProperty("version").GetInt32());
        Assert.True(strangersOrder.GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task Given_an_order_naming_a_role_that_cannot_hold_delegation_When_saved_Then_400_names_the_field()
    {
        // Arrange
        using var head = await platform.ForMunicipalityAsync(Municipalities.Next(), role: "forvaltningschef");

        // Act
        using var response = await head.PutAsJsonAsync("/api/assessment/delegation-order",
            new { grants = new[] { new { decision = "do-not-open", roles = new[] { "operator" } } } });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await AssessmentApi.ErrorsOfAsync(response)).TryGetProperty("grants[0].roles", out _));
    }
}
