using System.Net;
using System.Net.Http.Json;
using Platform.Contracts.Placements;

namespace Platform.EndToEndTests.Placements;

/// <summary>A placement decided by the investigation starts on a recorded day, with its provider or foster home and its cost.</summary>
[Collection(PlatformCollection.Name)]
public sealed class StartPlacementTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_decided_placement_When_started_Then_it_records_home_and_cost_and_PlacementStarted_is_published()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var (municipality, bus, caseworker) = desk;
        var started = await bus.ListenAsync<PlacementStarted>();
        var decided = PlacementsApi.Decided(municipality);
        var id = await PlacementsApi.DecideAsync(bus, caseworker, decided);

        // Act
        using var response = await PlacementsApi.StartAsync(caseworker, id, daysAgo: 3);
        var placement = await PlacementsApi.ExpectAsync(response, HttpStatusCode.OK);
        var (message, raw) = await started.WaitForRawAsync(m => m.PlacementId == id);

        // Assert
        Assert.Equal("started", placement.GetProperty("status").GetString());
        Assert.Equal(PlacementsApi.Hvb, placement.GetProperty("providerOrganisationNumber").GetString());
        Assert.Equal(3900m, placement.GetProperty("costPerDay").GetDecimal());
        Assert.Equal(decided.InterventionId, message.InterventionId);
        Assert.Equal(PlacementsApi.Today.AddDays(-3), message.StartedOn);
        Assert.DoesNotContain("Test Testsson", raw, StringComparison.Ordinal);
        Assert.Equal(["care-plan", "visit", "review"], placement.GetProperty("duties").EnumerateArray().Select(d => d.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Given_an_organisation_number_with_a_wrong_check_digit_When_starting_Then_400_names_the_field_and_nothing_starts()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var (municipality, bus, caseworker) = desk;
        var id = await PlacementsApi.DecideAsync(bus, caseworker, PlacementsApi.Decided(municipality));

        // Act
        using var response = await PlacementsApi.StartAsync(caseworker, id, provider: "556036-0794");
        var after = await caseworker.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/placements/placements/{id}");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await PlacementsApi.ErrorsOfAsync(response)).TryGetProperty("providerOrganisationNumber", out _));
        Assert.Equal("decided", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_another_municipalitys_placement_When_read_or_started_Then_404_as_if_it_did_not_exist()
    {
        // Arrange
        var (owner, other) = (Municipalities.Next(), Municipalities.Next());
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        using var caseworker = await platform.ForMunicipalityAsync(owner);
        using var stranger = await platform.ForMunicipalityAsync(other);
        var id = await PlacementsApi.DecideAsync(bus, caseworker, PlacementsApi.Decided(owner));

        // Act
        using var read = await stranger.GetAsync($"/api/placements/placements/{id}");
        using var start = await PlacementsApi.StartAsync(stranger, id);

        // Assert
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound], [read.StatusCode, start.StatusCode]);
    }

    [Fact]
    public async Task Given_a_started_placement_When_started_again_Then_409()
    {
        // Arrange
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var (municipality, bus, caseworker) = desk;
        var id = await PlacementsApi.StartedAsync(bus, caseworker, PlacementsApi.Decided(municipality));

        // Act
        using var again = await PlacementsApi.StartAsync(caseworker, id);

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }
}
