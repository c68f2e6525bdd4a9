using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.EndToEndTests.Infrastructure;

/// <summary>Gateway clients authenticated as a given user, with tokens from the gateway's /dev/token.</summary>
public static class ApiClients
{
    /// <summary>JSON as the API speaks it (camelCase, enums in kebab-case).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>A client for a municipal user.</summary>
    public static async Task<HttpClient> ForMunicipalityAsync(
        this PlatformFixture platform,
        string municipality,
        string role = "handlaggare",
        bool qualified = true,
        string? unit = null,
        string name = "Test Testsson",
        string? sub = null)
    {
        var client = platform.CreateGatewayClient();
        var token = await IssueAsync(client, new { sub = sub ?? role + "-" + municipality, name, municipality, role, unit, qualified });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client for a region's analyst: the region's länskod in the token instead of a municipality.</summary>
    public static async Task<HttpClient> ForRegionAsync(this PlatformFixture platform, string region, string role = "regionanalytiker")
    {
        var client = platform.CreateGatewayClient();
        var token = await IssueAsync(client, new { sub = role + "-" + region, name = "Regional Analytiker", region, role, qualified = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A token for arbitrary claims, from the gateway's development endpoint.</summary>
    public static async Task<string> IssueAsync(HttpClient gateway, object request)
    {
        using var response = await gateway.PostAsJsonAsync("/dev/token", request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Polls until the probe returns a value or the timeout passes; the eventual-consistency wait.</summary>
    public static Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, TimeSpan? timeout = null) => Eventually.UntilAsync(probe, timeout);
}
