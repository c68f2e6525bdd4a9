extern alias placements;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Investigation;
using Platform.Testing.Messaging;

namespace Placements.Tests.Infrastructure;

/// <summary>The placements API as the tests drive it, and the decisions from the investigation that create placements.</summary>
internal static class PlacementsApi
{
    public const string Hvb = PlacementDecisions.Hvb;

    public const string OtherHvb = "5566778899";

    public static PlacementDecided Decided(string municipality, DateTimeOffset decidedAt, PlacementType type = PlacementType.Hvb, LegalBasis basis = LegalBasis.Sol, string? unit = null) =>
        PlacementDecisions.Decided(municipality, decidedAt, type, basis, unit);

    /// <summary>Publishes the decision as the investigation's outbox would and waits until the service holds the placement; its id.</summary>
    public static async Task<Guid> DecideAsync(HttpClient client, string amqpUri, PlacementDecided decided)
    {
        await using var bus = await TestBus.StartAsync(amqpUri);
        await bus.PublishAsync(decided, decided.EventId);
        var placement = await Eventually.UntilAsync<JsonElement?>(async () =>
        {
            using var response = await client.GetAsync($"/api/placements/placements?interventionId={decided.InterventionId}");
            var list = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
            return list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0 ? list[0] : null;
        });
        return placement!.Value.GetProperty("placementId").GetGuid();
    }

    public static async Task<JsonElement> StartAsync(HttpClient client, Guid id, DateOnly startedOn, string? provider = Hvb, Guid? fosterHomeId = null)
    {
        using var response = await client.PostAsJsonAsync($"/api/placements/placements/{id}/start",
            new { startedOn, providerOrganisationNumber = provider, fosterHomeId, costPerDay = 4200.50m });
        return await ExpectAsync(response, HttpStatusCode.OK);
    }

    /// <summary>A decided and started placement; its id.</summary>
    public static async Task<Guid> StartedAsync(HttpClient client, string amqpUri, PlacementDecided decided, DateOnly startedOn, Guid? fosterHomeId = null)
    {
        var id = await DecideAsync(client, amqpUri, decided);
        await StartAsync(client, id, startedOn, decided.PlacementType == PlacementType.Hvb ? Hvb : null, fosterHomeId);
        return id;
    }

    public static async Task<Guid> FosterHomeAsync(HttpClient client, DateOnly approvedOn)
    {
        using var response = await client.PostAsJsonAsync("/api/placements/foster-homes", new { approvedOn, lastRecordCheckOn = approvedOn });
        return (await ExpectAsync(response, HttpStatusCode.Created)).GetProperty("fosterHomeId").GetGuid();
    }

    public static Task<JsonElement> GetAsync(HttpClient client, Guid id) => client.GetJsonAsync($"/api/placements/placements/{id}");

    /// <summary>The placement's open duty of a kind, as the placement shows it now.</summary>
    public static async Task<JsonElement> DutyAsync(HttpClient client, Guid id, string kind) =>
        (await GetAsync(client, id)).GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == kind);

    public static Task<JsonElement> RecordAsync(HttpClient client, Guid id, string path, object body) =>
        client.PostJsonAsync($"/api/placements/placements/{id}/{path}", body, HttpStatusCode.OK);

    public static Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status) =>
        Responses.ExpectAsync(response, status, emptyAllowed: true);
}
