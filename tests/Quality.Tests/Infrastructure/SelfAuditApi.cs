using System.Net.Http.Json;
using System.Text.Json;

namespace Quality.Tests.Infrastructure;

/// <summary>The self-audit API as the tests read it.</summary>
internal static class SelfAuditApi
{
    public static async Task<JsonElement> DrawAsync(HttpClient client, string unit, int year, int seed, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await client.PostAsJsonAsync("/api/quality/self-audit/samples", new { unit, year, seed });
        return await QualityApi.ExpectAsync(response, expected);
    }

    public static async Task<JsonElement> ChecklistAsync(HttpClient client, Guid caseId)
    {
        using var response = await client.GetAsync($"/api/quality/self-audit/cases/{caseId}");
        return await QualityApi.ExpectAsync(response, HttpStatusCode.OK);
    }

    public static Task<HttpResponseMessage> AnswerAsync(HttpClient client, Guid caseId, string item, string? answer) =>
        client.PutAsJsonAsync($"/api/quality/self-audit/cases/{caseId}/items/{item}", new { answer });

    public static (string Answer, string Source) Item(JsonElement checklist, string item)
    {
        var found = checklist.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetString() == item);
        return (found.GetProperty("answer").GetString()!, found.GetProperty("source").GetString()!);
    }

    public static List<Guid> Cases(JsonElement sample) =>
        [.. sample.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("caseId").GetGuid())];

    /// <summary>Polls the unit's results until the projections hold the cases the test published.</summary>
    public static Task<JsonElement> ResultsWhenAsync(HttpClient client, string unit, int year, int cases, int previousCases = 0) =>
        Eventually.UntilAsync<JsonElement?>(async () =>
        {
            using var response = await client.GetAsync($"/api/quality/self-audit/results?unit={unit}&year={year}");
            var answer = await QualityApi.ExpectAsync(response, HttpStatusCode.OK);
            return answer.GetProperty("cases").GetInt32() == cases && answer.GetProperty("previousCases").GetInt32() == previousCases ? answer : null;
        }, TimeSpan.FromSeconds(60)).ContinueWith(t => t.Result!.Value, TaskScheduler.Default);

    public static JsonElement Result(JsonElement results, string item) =>
        results.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetString() == item);
}
