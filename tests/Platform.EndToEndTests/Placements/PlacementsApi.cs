using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Assessment;
using Platform.Contracts.Delegation;
using Platform.Contracts.Intake;
using Platform.Contracts.Investigation;
using Platform.Rules;

namespace Platform.EndToEndTests.Placements;

/// <summary>
/// The placements API through the gateway. Placements begin with the investigation's <c>PlacementDecided</c>,
/// which the tests publish themselves (the investigation service is being built in parallel).
/// </summary>
internal static class PlacementsApi
{
    public const string Hvb = PlacementDecisions.Hvb;

    public static DateOnly Today => StockholmCalendar.LocalDate(DateTimeOffset.UtcNow);

    /// <summary>
    /// Ten in the morning, Stockholm time, forty local days ago. Forty days of hours from now can fall on the
    /// next local day (late evening in winter, counted back into summer time), and a start forty local days
    /// ago would then come before the decision.
    /// </summary>
    private static DateTimeOffset DecidedForty => StockholmCalendar.StartOf(Today.AddDays(-40)).AddHours(10);

    /// <summary>A boy born in February 2013; a placement by the LVU is for long-term care, decided by the committee.</summary>
    public static PlacementDecided Decided(string municipality, PlacementType type = PlacementType.Hvb, LegalBasis basis = LegalBasis.Sol, string? unit = null) =>
        PlacementDecisions.Decided(municipality, DecidedForty, type, basis, unit) with
        {
            LongTermCare = basis != LegalBasis.Sol,
            Decision = basis == LegalBasis.Sol ? DecisionType.DecidePlacement : DecisionType.PlacementForLongTermCare,
            DelegationBasis = basis == LegalBasis.Sol ? DelegationBasis.DelegationOrder : DelegationBasis.CommitteeMeeting,
            CommitteeMeetingDate = basis == LegalBasis.Sol ? null : Today.AddDays(-40),
            ChildGender = LegalGender.Male,
            ChildBirthYearMonth = "2013-02",
        };

    /// <summary>Publishes the decision as the investigation would and waits for the decided placement; its id.</summary>
    public static async Task<Guid> DecideAsync(TestBus bus, HttpClient client, PlacementDecided decided)
    {
        await bus.PublishAsync(decided, decided.EventId);
        return await ApiClients.EventuallyAsync<Guid?>(async () =>
        {
            using var response = await client.GetAsync($"/api/placements/placements?interventionId={decided.InterventionId}");
            var list = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
            return list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0 ? list[0].GetProperty("placementId").GetGuid() : null;
        }) ?? throw new InvalidOperationException("Not found.");
    }

    public static Task<HttpResponseMessage> StartAsync(HttpClient client, Guid id, int daysAgo = 35, string? provider = Hvb, Guid? fosterHomeId = null) =>
        client.PostAsJsonAsync($"/api/placements/placements/{id}/start",
            new { startedOn = Today.AddDays(-daysAgo), providerOrganisationNumber = provider, fosterHomeId, costPerDay = 3900m });

    /// <summary>A decided and started HVB placement; its id.</summary>
    public static async Task<Guid> StartedAsync(TestBus bus, HttpClient client, PlacementDecided decided, int daysAgo = 35)
    {
        var id = await DecideAsync(bus, client, decided);
        using var started = await StartAsync(client, id, daysAgo, decided.ProviderOrganisationNumber);
        await ExpectAsync(started, HttpStatusCode.OK);
        return id;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string path, object body) =>
        client.PostAsJsonAsync($"/api/placements/placements/{id}/{path}", body);

    public static Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status) =>
        Responses.ExpectAsync(response, status, emptyAllowed: true);

    public static async Task<string?> RuleOfAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString();

    public static async Task<JsonElement> ErrorsOfAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

    /// <summary>A de-identified record as another system sends it.</summary>
    public static object Record(string municipality, string key, PlacementType type = PlacementType.Hvb, int version = 1, string? startMonth = null) => new
    {
        eventId = Guid.NewGuid(),
        tenantId = municipality,
        occurredAt = DateTimeOffset.UtcNow,
        key,
        version,
        birthYear = 2012,
        gender = "female",
        placementType = Kebab(type),
        legalBasis = "sol",
        providerOrganisationNumber = Hvb,
        startMonth = startMonth ?? Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Sends, as the municipality's quality developer, as many records of each placement type as given.</summary>
    public static async Task SendRecordsAsync(PlatformFixture platform, string municipality, params (PlacementType Type, int Count)[] cells)
    {
        using var quality = await platform.ForMunicipalityAsync(municipality, role: "kvalitetsutvecklare");
        foreach (var (type, count) in cells)
        {
            for (var i = 0; i < count; i++)
            {
                using var response = await quality.PostAsJsonAsync("/api/placements/regional/records", Record(municipality, NewKey(), type));
                await ExpectAsync(response, HttpStatusCode.OK);
            }
        }
    }

    public static string NewKey() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    private static string Kebab(PlacementType type) => JsonNamingPolicy.KebabCaseLower.ConvertName(type.ToString());
}
