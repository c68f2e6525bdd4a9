using System.Net;
using System.Net.Http.Json;
using Platform.EndToEndTests.Investigation;

namespace Platform.EndToEndTests.Quality;

/// <summary>A deviation through the gateway: reported by a caseworker, serious for the head of department, investigated by the unit manager, the outcome told to the reporter.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DeviationTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_serious_deviation_When_the_unit_manager_investigates_and_tells_the_outcome_Then_the_reporter_reads_it_closed()
    {
        // Arrange
        var municipality = Municipalities.Next();
        using var caseworker = await platform.ForMunicipalityAsync(municipality, unit: "enhet-1");
        using var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef", unit: "enhet-1");
        using var head = await platform.ForMunicipalityAsync(municipality, role: "forvaltningschef");
        using var reported = await caseworker.PostAsJsonAsync("/api/quality/deviations", new { description = "Placeringen följdes inte upp.", probability = 3, severity = 4 });
        var id = (await InvestigationApi.ExpectAsync(reported, HttpStatusCode.Created)).GetProperty("deviationId").GetGuid();

        // Act
        var serious = await head.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/quality/deviations?serious=true");
        using var investigated = await manager.PutAsJsonAsync($"/api/quality/deviations/{id}/investigation",
            new { causes = "Ingen bevakning.", actions = "Bevakning i arbetslistan.", followUp = "Kontroll i nästa egenkontroll." });
        using var told = await manager.PostAsync($"/api/quality/deviations/{id}/outcome-told", null);
        var read = await caseworker.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/quality/deviations/{id}");

        // Assert
        Assert.Equal(id, Assert.Single(serious.EnumerateArray()).GetProperty("deviationId").GetGuid());
        Assert.Equal(HttpStatusCode.OK, investigated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, told.StatusCode);
        Assert.Equal("closed", read.GetProperty("status").GetString());
        Assert.Equal(12, read.GetProperty("risk").GetInt32());
    }
}
