using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intake.Tests.Infrastructure;

/// <summary>Calls to the intake API, asserting the status each expects.</summary>
internal static class IntakeApi
{
    public static async Task<JsonElement> RegisterAsync(this HttpClient client, JsonObject report)
    {
        using var response = await client.PostAsJsonAsync("/api/intake/reports", report);
        return await ExpectAsync(response, HttpStatusCode.Created);
    }

    public static async Task<JsonElement> AssessAsync(this HttpClient client, Guid reportId, JsonObject assessment)
    {
        using var response = await client.PostAsJsonAsync($"/api/intake/reports/{reportId}/protection-assessment", assessment);
        return await ExpectAsync(response, HttpStatusCode.Created);
    }

    public static async Task<JsonElement> ReportAsync(this HttpClient client, Guid reportId)
    {
        using var response = await client.GetAsync($"/api/intake/reports/{reportId}");
        return await ExpectAsync(response, HttpStatusCode.OK);
    }

    /// <summary>The worklist item of one report (every status), as the worklist shows it now.</summary>
    public static async Task<JsonElement> WorklistItemAsync(this HttpClient client, Guid reportId)
    {
        using var response = await client.GetAsync("/api/intake/reports");
        var body = await ExpectAsync(response, HttpStatusCode.OK);
        return body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("reportId").GetGuid() == reportId);
    }

    public static Guid ReportId(this JsonElement registered) => registered.GetProperty("reportId").GetGuid();

    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
