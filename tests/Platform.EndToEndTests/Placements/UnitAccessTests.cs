using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.EndToEndTests.Placements;

/// <summary>Staff work on their own unit's placements; another unit's needs a stated reason, which the access log keeps and flags.</summary>
[Collection(PlatformCollection.Name)]
public sealed class UnitAccessTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_another_units_placement_When_read_without_and_with_a_reason_Then_403_own_unit_and_then_a_flagged_log_entry()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        using var owner = await platform.ForMunicipalityAsync(municipality, unit: "placering-a");
        using var other = await platform.ForMunicipalityAsync(municipality, unit: "placering-b", sub: "other");
        using var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef", unit: "placering-a", sub: "manager");
        var id = await PlacementsApi.StartedAsync(bus, owner, PlacementsApi.Decided(municipality, unit: "placering-a"));

        // Act
        using var refused = await other.GetAsync($"/api/placements/placements/{id}");
        using var allowed = await other.GetAsync($"/api/placements/placements/{id}?reason={Uri.EscapeDataString("Vikarierar för placering-a")}");
        var log = await manager.GetFromJsonAsync<JsonElement>($"/api/placements/access-log?recordId={id}");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("own-unit", await PlacementsApi.RuleOfAsync(refused));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var entries = log.EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("userId").GetString() == "other" && e.GetProperty("reason").GetString() == "Vikarierar för placering-a");
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "write" && e.GetProperty("userId").GetString() == "handlaggare-" + municipality);
    }

    [Fact]
    public async Task Given_a_region_analyst_When_reading_a_municipalitys_worklist_Then_403_casework_roles()
    {
        // Arrange
        using var analyst = await platform.ForRegionAsync(Counties.Next());

        // Act
        using var response = await analyst.GetAsync("/api/placements/worklist");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("casework-roles", await PlacementsApi.RuleOfAsync(response));
    }
}
