using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intake.Tests.Infrastructure;

/// <summary>Calls to the intake API, asserting the status each expects.</summary>
internal static class IntakeApi
{
    public static Task<JsonElement> RegisterAsync(this HttpClient client, JsonObject report) =>
        client.PostJsonAsync("/api/intake/reports", report, HttpStatusCode.Created);

    public static Task<JsonElement> AssessAsync(this HttpClient client, Guid reportId, JsonObject assessment) =>
        client.PostJsonAsync($"/api/intake/reports/{reportId}/protection-assessment", assessment, HttpStatusCode.Created);

    public static Task<JsonElement> ReportAsync(this HttpClient client, Guid reportId) => client.GetJsonAsync($"/api/intake/reports/{reportId}");

    /// <summary>The worklist item of one report (every status), as the worklist shows it now.</summary>
    public static Task<JsonElement> WorklistItemAsync(this HttpClient client, Guid reportId) => client.ItemAsync("/api/intake/reports", "reportId", reportId);

    public static Guid ReportId(this JsonElement registered) => registered.GetProperty("reportId").GetGuid();

    public static Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status) => Responses.ExpectAsync(response, status);
}
