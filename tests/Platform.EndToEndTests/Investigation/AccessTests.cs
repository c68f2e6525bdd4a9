using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.EndToEndTests.Investigation;

/// <summary>Staff read their own unit's investigations; another municipality's is a 404; every read is logged; a protected child's texts are hidden.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AccessTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_another_municipalitys_investigation_When_read_or_written_Then_404()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        using var stranger = await platform.ForMunicipalityAsync(Municipalities.Next());
        var id = await InvestigationApi.OpenAsync(platform, caseworker, InvestigationApi.Application(municipality));

        // Act
        using var read = await stranger.GetAsync($"/api/investigation/investigations/{id}");
        using var write = await InvestigationApi.PutAsync(stranger, id, "child-view", new { text = InvestigationApi.Text });

        // Assert
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound], [read.StatusCode, write.StatusCode]);
    }

    [Fact]
    public async Task Given_another_units_investigation_When_read_without_and_with_a_reason_Then_403_own_unit_and_then_200_logged_and_flagged()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var own = await platform.ForMunicipalityAsync(municipality, unit: "barn-1");
        using var other = await platform.ForMunicipalityAsync(municipality, unit: "barn-2", sub: "other-unit");
        using var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef", unit: "barn-1");
        var id = await InvestigationApi.OpenAsync(platform, own, InvestigationApi.Application(municipality, unit: "barn-1"));

        // Act
        using var refused = await other.GetAsync($"/api/investigation/investigations/{id}");
        using var allowed = await other.GetAsync($"/api/investigation/investigations/{id}?reason={Uri.EscapeDataString("Jour: akut ärende")}");
        var log = await manager.GetFromJsonAsync<JsonElement>($"/api/investigation/access-log?recordId={id}");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("own-unit", await InvestigationApi.RuleOfAsync(refused));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.DoesNotContain((await InvestigationApi.WorklistAsync(other)).GetProperty("items").EnumerateArray(), i => i.GetProperty("investigationId").GetGuid() == id);
        Assert.Contains(log.EnumerateArray(), e => e.GetProperty("userId").GetString() == "other-unit" && e.GetProperty("flagged").GetBoolean()
            && e.GetProperty("action").GetString() == "read");
    }

    [Fact]
    public async Task Given_a_child_with_a_protected_identity_When_a_caseworker_and_a_team_lead_read_Then_only_the_team_lead_sees_the_texts()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        using var teamLead = await platform.ForMunicipalityAsync(municipality, role: "teamledare");
        var id = await InvestigationApi.OpenAsync(platform, caseworker, InvestigationApi.Application(municipality, protectedIdentity: true));
        using var recorded = await InvestigationApi.PutAsync(caseworker, id, "child-view", new { text = InvestigationApi.Text });

        // Act
        var hidden = await InvestigationApi.GetAsync(caseworker, id);
        var shown = await InvestigationApi.GetAsync(teamLead, id);

        // Assert
        Assert.True(hidden.GetProperty("textsHidden").GetBoolean());
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("documentation").GetProperty("childView").GetProperty("content").GetProperty("text").ValueKind);
        Assert.DoesNotContain(InvestigationApi.Text, hidden.ToString(), StringComparison.Ordinal);
        Assert.False(shown.GetProperty("textsHidden").GetBoolean());
        Assert.Equal(InvestigationApi.Text, shown.GetProperty("documentation").GetProperty("childView").GetProperty("content").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Given_a_region_analyst_When_calling_the_investigation_api_Then_403_casework_roles()
    {
        // Arrange
        using var gateway = platform.CreateGatewayClient();
        var token = await ApiClients.IssueAsync(gateway, new { sub = "analyst", name = "Ana Lys", region = "09", role = "regionanalytiker" });
        gateway.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        // Act
        using var response = await gateway.GetAsync("/api/investigation/worklist");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("casework-roles", await InvestigationApi.RuleOfAsync(response));
    }
}
