using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Investigation;

namespace Platform.EndToEndTests.Placements;

/// <summary>
/// The county's de-identified follow-up through the gateway: placements reach their region on every change,
/// other systems send records with their own token, the region's analysts see aggregates with small cells
/// hidden, and nobody sees what is not theirs.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RegionalFollowUpTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_a_started_placement_When_the_municipality_reconciles_Then_the_region_holds_it_under_its_key()
    {
        // Arrange
        var county = Counties.Next();
        var municipality = Counties.Municipality(county, 1);
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        using var caseworker = await platform.ForMunicipalityAsync(municipality);
        using var quality = await platform.ForMunicipalityAsync(municipality, role: "kvalitetsutvecklare", sub: "quality");
        var id = await PlacementsApi.StartedAsync(bus, caseworker, PlacementsApi.Decided(municipality), daysAgo: 0);
        var month = PlacementsApi.Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        // Act
        var reconciled = await ApiClients.EventuallyAsync<JsonElement?>(async () =>
        {
            var r = await quality.GetFromJsonAsync<JsonElement>($"/api/placements/regional/reconciliation?from={month}&to={month}");
            return r.GetProperty("regionalCount").GetInt32() == 1 ? r : null;
        });

        // Assert
        Assert.Equal(1, reconciled!.Value.GetProperty("localCount").GetInt32());
        Assert.Equal(0, reconciled.Value.GetProperty("missingInRegion").GetArrayLength());
        Assert.Equal(county, reconciled.Value.GetProperty("region").GetString());
        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public async Task Given_records_of_a_member_and_of_another_county_When_the_analyst_reads_the_county_Then_only_members_count_and_small_cells_are_hidden()
    {
        // Arrange
        var county = Counties.Next();
        var (member, otherMember) = (Counties.Municipality(county, 1), Counties.Municipality(county, 2));
        var outsider = Counties.Municipality(Counties.Next(), 1);
        await PlacementsApi.SendRecordsAsync(platform, member, (PlacementType.Hvb, 5), (PlacementType.Sis, 1));
        await PlacementsApi.SendRecordsAsync(platform, otherMember, (PlacementType.Hvb, 6), (PlacementType.Sis, 5));
        await PlacementsApi.SendRecordsAsync(platform, outsider, (PlacementType.Hvb, 8));
        using var analyst = await platform.ForRegionAsync(county);
        var month = PlacementsApi.Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        // Act
        var table = await analyst.GetFromJsonAsync<JsonElement>($"/api/placements/regional/statistics/placements?by=municipality&from={month}&to={month}");

        // Assert
        var rows = table.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([member, otherMember], rows.Select(r => r.GetProperty("label").GetString()));
        Assert.Equal(17, table.GetProperty("total").GetInt32());
        var hidden = rows.Sum(r => r.GetProperty("cells").EnumerateArray().Count(c => c.ValueKind == JsonValueKind.Null));
        Assert.Equal(4, hidden);
    }

    [Fact]
    public async Task Given_a_municipality_When_it_sends_a_record_as_another_or_reads_the_county_Then_403_regional_follow_up()
    {
        // Arrange
        var county = Counties.Next();
        using var quality = await platform.ForMunicipalityAsync(Counties.Municipality(county, 1), role: "kvalitetsutvecklare");

        // Act
        using var asAnother = await quality.PostAsJsonAsync("/api/placements/regional/records", PlacementsApi.Record(Counties.Municipality(county, 2), PlacementsApi.NewKey()));
        using var countyRead = await quality.GetAsync("/api/placements/regional/statistics/endings?from=2027-01&to=2027-12");

        // Assert
        Assert.Equal((HttpStatusCode.Forbidden, "regional-follow-up"), (asAnother.StatusCode, await PlacementsApi.RuleOfAsync(asAnother)));
        Assert.Equal((HttpStatusCode.Forbidden, "regional-follow-up"), (countyRead.StatusCode, await PlacementsApi.RuleOfAsync(countyRead)));
    }

    [Fact]
    public async Task Given_a_resent_and_an_older_record_When_sent_over_HTTP_Then_the_region_keeps_the_newest_once()
    {
        // Arrange
        var county = Counties.Next();
        var municipality = Counties.Municipality(county, 1);
        using var quality = await platform.ForMunicipalityAsync(municipality, role: "kvalitetsutvecklare");
        var key = PlacementsApi.NewKey();
        var deliveries = new List<string?>();

        // Act
        foreach (var version in new[] { 2, 2, 1 })
        {
            using var response = await quality.PostAsJsonAsync("/api/placements/regional/records", PlacementsApi.Record(municipality, key, version: version));
            deliveries.Add((await PlacementsApi.ExpectAsync(response, HttpStatusCode.OK)).GetProperty("delivery").GetString());
        }

        var month = PlacementsApi.Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var reconciled = await quality.GetFromJsonAsync<JsonElement>($"/api/placements/regional/reconciliation?from={month}&to={month}");

        // Assert
        Assert.Equal(["created", "unchanged", "unchanged"], deliveries);
        Assert.Equal(1, reconciled.GetProperty("regionalCount").GetInt32());
        Assert.Equal([key], reconciled.GetProperty("missingLocally").EnumerateArray().Select(k => k.GetString()));
    }
}
