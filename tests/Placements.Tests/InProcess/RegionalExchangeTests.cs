using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Platform.Contracts.Placements;

namespace Placements.Tests.InProcess;

/// <summary>
/// Every change of a placement reaches the county's region de-identified, through the broker; other systems
/// deliver the same record over HTTP or as a Dapr sidecar would, as CloudEvents. The region keeps the highest
/// version per key, and the municipality can reconcile what it sent with what the region holds.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class RegionalExchangeTests(InfrastructureFixture infrastructure)
{
    private static readonly DateTimeOffset Now = new(2027, 9, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Given_a_placement_When_it_starts_and_ends_Then_the_region_holds_its_latest_version_and_reconciliation_shows_nothing_missing()
    {
        // Arrange
        var county = Counties.Next();
        var municipality = Counties.Municipality(county, 1);
        await using var service = PlacementsHost.Start(infrastructure, Now);
        using var client = service.ClientFor(municipality);
        using var quality = service.ClientFor(municipality, role: "kvalitetsutvecklare");
        var id = await PlacementsApi.StartedAsync(client, infrastructure.AmqpUri, PlacementsApi.Decided(municipality, Now.AddDays(-20)), new DateOnly(2027, 8, 30));

        // Act
        var ended = await PlacementsApi.RecordAsync(client, id, "end", new { endedOn = "2027-09-10", ending = "unplanned", reason = "child-left" });
        var version = ended.GetProperty("version").GetInt32();
        var row = await Eventually.UntilAsync(async () =>
            (await RegionalRows.AllTextAsync(infrastructure, $"SELECT tenant_id, municipality_code, version, ending, to_char(end_month, 'YYYY-MM-DD') FROM regional_records WHERE municipality_code = '{municipality}' AND version = {version}")).SingleOrDefault());
        var reconciliation = await quality.GetFromJsonAsync<JsonElement>("/api/placements/regional/reconciliation?from=2027-08&to=2027-09");

        // Assert
        Assert.Equal($"{county}|{municipality}|{version}|unplanned|2027-09-01", row);
        Assert.Equal(1, reconciliation.GetProperty("localCount").GetInt32());
        Assert.Equal(1, reconciliation.GetProperty("regionalCount").GetInt32());
        Assert.Equal(0, reconciliation.GetProperty("missingInRegion").GetArrayLength());
        Assert.Equal(0, reconciliation.GetProperty("outdatedInRegion").GetArrayLength());
    }

    [Fact]
    public async Task Given_a_record_lost_on_the_way_When_the_municipality_reconciles_Then_it_sees_the_counts_differ_and_the_missing_key_linked_back()
    {
        // Arrange
        var county = Counties.Next();
        var municipality = Counties.Municipality(county, 2);
        await using var service = PlacementsHost.Start(infrastructure, Now);
        using var client = service.ClientFor(municipality);
        using var quality = service.ClientFor(municipality, role: "kvalitetsutvecklare");
        var kept = await PlacementsApi.StartedAsync(client, infrastructure.AmqpUri, PlacementsApi.Decided(municipality, Now.AddDays(-20)), new DateOnly(2027, 9, 1));
        var lost = await PlacementsApi.StartedAsync(client, infrastructure.AmqpUri, PlacementsApi.Decided(municipality, Now.AddDays(-20)), new DateOnly(2027, 9, 2));
        await Eventually.UntilAsync<string>(async () => (await RegionalRows.AllTextAsync(infrastructure,
            $"SELECT count(*) FROM regional_records WHERE municipality_code = '{municipality}'")).Single() == "2" ? "both" : null);
        var lostKey = ExpectedKey(municipality, lost);
        Assert.Equal(1, await RegionalRows.ExecuteAsync(infrastructure, $"DELETE FROM regional_records WHERE municipality_code = '{municipality}' AND key = '{lostKey}'"));
        var foreignKey = new string('a', 64);
        using (var foreign = await quality.PostAsJsonAsync("/api/placements/regional/records", Record(municipality, foreignKey, 1), Json))
        {
            await PlacementsApi.ExpectAsync(foreign, HttpStatusCode.OK);
        }

        // Act
        var reconciliation = await quality.GetFromJsonAsync<JsonElement>("/api/placements/regional/reconciliation?from=2027-09&to=2027-09");

        // Assert
        Assert.Equal(2, reconciliation.GetProperty("localCount").GetInt32());
        Assert.Equal(2, reconciliation.GetProperty("regionalCount").GetInt32());
        var missing = reconciliation.GetProperty("missingInRegion").EnumerateArray().Single();
        Assert.Equal(lost, missing.GetProperty("placementId").GetGuid());
        Assert.Equal(lostKey, missing.GetProperty("key").GetString());
        Assert.NotEqual(ExpectedKey(municipality, kept), lostKey);
        Assert.Equal([foreignKey], reconciliation.GetProperty("missingLocally").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task Given_a_CloudEvent_from_a_sidecar_When_delivered_twice_and_then_an_older_version_Then_the_region_keeps_one_row_at_the_newest_version()
    {
        // Arrange
        var county = Counties.Next();
        var municipality = Counties.Municipality(county, 3);
        await using var service = PlacementsHost.Start(infrastructure, Now);
        using var sidecar = service.CreateClient();
        sidecar.DefaultRequestHeaders.Add("dapr-api-token", PlacementsHost.DaprApiToken);
        var key = new string('b', 64);

        // Act
        var first = await DeliverAsync(sidecar, Record(municipality, key, 2));
        var repeat = await DeliverAsync(sidecar, Record(municipality, key, 2));
        var older = await DeliverAsync(sidecar, Record(municipality, key, 1) with { PlacementType = Platform.Contracts.Investigation.PlacementType.Sis });
        using var subscriptions = await sidecar.GetAsync("/dapr/subscribe");
        using var stranger = service.CreateClient();
        using var refused = await stranger.PostAsync("/api/placements/regional/dapr/records", CloudEvent(Record(municipality, key, 3)));

        // Assert
        Assert.Equal(new string?[] { "SUCCESS", "SUCCESS", "SUCCESS" }, new[] { first, repeat, older });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var rows = await RegionalRows.AllTextAsync(infrastructure, $"SELECT tenant_id, version, placement_type FROM regional_records WHERE municipality_code = '{municipality}'");
        Assert.Equal([$"{county}|2|hvb"], rows);
        var topics = await subscriptions.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(topics.EnumerateArray(), t => t.GetRawText().Contains("\"regional-placement-records\"", StringComparison.Ordinal) && t.GetRawText().Contains("\"regional-pubsub\"", StringComparison.Ordinal));
    }

    /// <summary>The key as only the municipality can compute it: its secret (derived from the deployment's) over the placement id.</summary>
    private static string ExpectedKey(string municipality, Guid placementId)
    {
        var secret = HMACSHA256.HashData(Encoding.UTF8.GetBytes(PlacementsHost.KeySecret), Encoding.UTF8.GetBytes("regional-key:" + municipality));
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, placementId.ToByteArray(bigEndian: true)));
    }

    public static RegionalPlacementRecord Record(string municipality, string key, int version) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = municipality,
        OccurredAt = Now,
        Key = key,
        Version = version,
        BirthYear = 2011,
        Gender = Platform.Contracts.Intake.LegalGender.Male,
        PlacementType = Platform.Contracts.Investigation.PlacementType.Hvb,
        LegalBasis = Platform.Contracts.Investigation.LegalBasis.Sol,
        ProviderOrganisationNumber = PlacementsApi.Hvb,
        StartMonth = "2027-09",
    };

    private static async Task<string?> DeliverAsync(HttpClient sidecar, RegionalPlacementRecord record)
    {
        using var response = await sidecar.PostAsync("/api/placements/regional/dapr/records", CloudEvent(record));
        var body = await PlacementsApi.ExpectAsync(response, HttpStatusCode.OK);
        return body.GetProperty("status").GetString();
    }

    /// <summary>A structured CloudEvent 1.0, as a Dapr sidecar posts it to the app.</summary>
    private static StringContent CloudEvent(RegionalPlacementRecord record)
    {
        var data = JsonSerializer.SerializeToElement(record, Json);
        var envelope = new
        {
            specversion = "1.0",
            type = "com.dapr.event.sent",
            source = "municipality-" + record.TenantId,
            id = Guid.NewGuid().ToString(),
            datacontenttype = "application/json",
            pubsubname = "regional-pubsub",
            topic = "regional-placement-records",
            data,
        };
        return new StringContent(JsonSerializer.Serialize(envelope), Encoding.UTF8, "application/cloudevents+json");
    }

    /// <summary>The wire's spelling: enums by their kebab-case names, which the API requires.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
