using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Intake;
using Platform.EndToEndTests.Infrastructure;

namespace Platform.EndToEndTests.Assessment;

/// <summary>The assessment API as the tests drive it through the gateway.</summary>
internal static class AssessmentApi
{
    public const string Reasoning = "Bedömningen grundas på anmälan och samtal.";

    public const string ChildView = "Barnet vill bo kvar hemma.";

    public static async Task<JsonElement> PublishAndWaitAsync(TestBus bus, HttpClient client, ReportRegistered report)
    {
        await bus.PublishAsync(report, report.EventId);
        return (await Reports.AssessmentOfAsync(client, report.ReportId))!.Value;
    }

    /// <summary>Publishes the report, waits for its assessment and records what a decision needs.</summary>
    public static async Task<Guid> OpenReadyToDecideAsync(PlatformFixture platform, HttpClient caseworker, ReportRegistered report)
    {
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var id = IdOf(await PublishAndWaitAsync(bus, caseworker, report));
        await PrepareForDecisionAsync(caseworker, id);
        return id;
    }

    public static Guid IdOf(JsonElement assessment) => assessment.GetProperty("assessmentId").GetGuid();

    public static async Task<JsonElement> GetAsync(HttpClient client, Guid assessmentId)
    {
        using var response = await client.GetAsync($"/api/assessment/assessments/{assessmentId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<HttpResponseMessage> PutAsync(HttpClient client, Guid assessmentId, string what, object body) =>
        client.PutAsJsonAsync($"/api/assessment/assessments/{assessmentId}/{what}", body);

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid assessmentId, string what, object body) =>
        client.PostAsJsonAsync($"/api/assessment/assessments/{assessmentId}/{what}", body);

    /// <summary>Records what the audit checklist requires before any decision.</summary>
    public static async Task PrepareForDecisionAsync(HttpClient client, Guid assessmentId)
    {
        using var prior = await PutAsync(client, assessmentId, "prior-knowledge", new { hasPriorKnowledge = false });
        Assert.Equal(HttpStatusCode.OK, prior.StatusCode);
        using var view = await PutAsync(client, assessmentId, "child-view", new { obtained = true, text = ChildView });
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
    }

    public static Task<HttpResponseMessage> DecideAsync(HttpClient client, Guid assessmentId, string outcome, string? violenceOverrideReason = null) =>
        PostAsync(client, assessmentId, "decision", new { outcome, reasoning = Reasoning, violenceOverrideReason });

    public static async Task<string?> RuleOfAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("rule", out var rule) ? rule.GetString() : null;

    public static async Task<JsonElement> ErrorsOfAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
}
