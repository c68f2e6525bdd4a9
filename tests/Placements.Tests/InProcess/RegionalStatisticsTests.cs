using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Investigation;

namespace Placements.Tests.InProcess;

/// <summary>The region's analysts see the county's aggregates with small cells hidden, also where subtraction would reveal them, and nothing of another county.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class RegionalStatisticsTests(InfrastructureFixture infrastructure)
{
    private static readonly DateTimeOffset Now = new(2027, 9, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Given_a_cell_of_two_children_When_the_analyst_reads_placements_by_municipality_Then_it_and_every_cell_that_would_reveal_it_are_hidden()
    {
        // Arrange
        var county = Counties.Next();
        var (a, b) = (Counties.Municipality(county, 1), Counties.Municipality(county, 2));
        var elsewhere = Counties.Municipality(Counties.Next(), 1);
        await using var service = PlacementsHost.Start(infrastructure, Now);
        await SendAsync(service.ClientFor(a, role: "kvalitetsutvecklare"), a, (PlacementType.Hvb, 6), (PlacementType.Sis, 2));
        await SendAsync(service.ClientFor(b, role: "kvalitetsutvecklare"), b, (PlacementType.Hvb, 7), (PlacementType.Sis, 6));
        await SendAsync(service.ClientFor(elsewhere, role: "kvalitetsutvecklare"), elsewhere, (PlacementType.Hvb, 9));
        using var analyst = service.ClientForRegion(county);

        // Act
        var table = await analyst.GetFromJsonAsync<JsonElement>("/api/placements/regional/statistics/placements?by=municipality&from=2027-09&to=2027-09");

        // Assert
        var columns = table.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList();
        var (hvb, sis) = (columns.IndexOf("hvb"), columns.IndexOf("sis"));
        var rows = table.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("label").GetString()!, r => r);
        Assert.Equal([a, b], rows.Keys.Order());
        foreach (var row in rows.Values)
        {
            Assert.Equal(JsonValueKind.Null, row.GetProperty("cells")[hvb].ValueKind);
            Assert.Equal(JsonValueKind.Null, row.GetProperty("cells")[sis].ValueKind);
        }

        Assert.Equal(8, rows[a].GetProperty("total").GetInt32());
        Assert.Equal(13, rows[b].GetProperty("total").GetInt32());
        Assert.Equal(21, table.GetProperty("total").GetInt32());
        Assert.Equal(8, table.GetProperty("columnTotals")[sis].GetInt32());
    }

    [Fact]
    public async Task Given_callers_outside_the_region_When_they_ask_for_aggregates_or_case_data_Then_each_is_refused_naming_its_rule()
    {
        // Arrange
        var county = Counties.Next();
        await using var service = PlacementsHost.Start(infrastructure, Now);
        using var caseworker = service.ClientFor(Counties.Municipality(county, 1));
        using var analyst = service.ClientForRegion(county);

        // Act
        using var municipal = await caseworker.GetAsync("/api/placements/regional/statistics/placements?by=month&from=2027-01&to=2027-12");
        using var caseData = await analyst.GetAsync("/api/placements/worklist");

        // Assert
        Assert.Equal((HttpStatusCode.Forbidden, "regional-follow-up"), (municipal.StatusCode, await RuleAsync(municipal)));
        Assert.Equal((HttpStatusCode.Forbidden, "casework-roles"), (caseData.StatusCode, await RuleAsync(caseData)));
    }

    private static async Task SendAsync(HttpClient client, string municipality, params (PlacementType Type, int Count)[] cells)
    {
        using (client)
        {
            foreach (var (type, count) in cells)
            {
                for (var i = 0; i < count; i++)
                {
                    var key = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
                    using var response = await client.PostAsJsonAsync("/api/placements/regional/records", RegionalExchangeTests.Record(municipality, key, 1) with { PlacementType = type }, RegionalExchangeTests.Json);
                    await PlacementsApi.ExpectAsync(response, HttpStatusCode.OK);
                }
            }
        }
    }

    private static async Task<string?> RuleAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString();
}
