using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.EndToEndTests.Intake;

/// <summary>Calls to the intake API through the gateway, asserting the status each expects.</summary>
internal static class IntakeApi
{
    public static Task<JsonElement> RegisterAsync(this HttpClient client, JsonObject report) =>
        client.PostJsonAsync("/api/intake/reports", report, HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string path, JsonNode body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    public static async Task<JsonElement> AssessAsync(this HttpClient client, Guid reportId, JsonObject assessment)
    {
        using var response = await client.PostAsync($"/api/intake/reports/{reportId}/protection-assessment", assessment);
        return await ExpectAsync(response, HttpStatusCode.Created);
    }

    public static async Task<JsonElement> ReclassifyAsync(this HttpClient client, Guid reportId, JsonObject reclassification)
    {
        using var response = await client.PostAsync($"/api/intake/reports/{reportId}/reclassification", reclassification);
        return await ExpectAsync(response, HttpStatusCode.OK);
    }

    public static Task<JsonElement> GetOkAsync(this HttpClient client, string path) => client.GetJsonAsync(path);

    public static Task<JsonElement> ReportAsync(this HttpClient client, Guid reportId) => client.GetOkAsync($"/api/intake/reports/{reportId}");

    public static async Task<JsonElement[]> WorklistAsync(this HttpClient client, string query = "?status=awaiting-protection-assessment")
    {
        var body = await client.GetOkAsync("/api/intake/reports" + query);
        return [.. body.GetProperty("items").EnumerateArray()];
    }

    public static Guid Id(this JsonElement element, string property) => element.GetProperty(property).GetGuid();

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    /// <summary>The field names of a validation problem, after asserting it is a problem-details 400.</summary>
    public static async Task<string[]> ValidationFieldsAsync(HttpResponseMessage response)
    {
        var body = await ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return [.. body.GetProperty("errors").EnumerateObject().Select(p => p.Name)];
    }

    public static Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status) =>
        Responses.ExpectAsync(response, status, emptyAllowed: true);
}
