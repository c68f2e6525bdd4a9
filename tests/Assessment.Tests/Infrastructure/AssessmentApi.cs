using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Intake;
using Platform.Testing;
using Platform.Testing.Messaging;

namespace Assessment.Tests.Infrastructure;

/// <summary>The assessment API as the tests drive it, and the reports from intake that open assessments.</summary>
internal static class AssessmentApi
{
    /// <summary>An anmälan from a mandatory reporter who asked for feedback, about a child of its own.</summary>
    public static ReportRegistered Anmalan(string municipality, DateTimeOffset receivedAt) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = municipality,
        OccurredAt = receivedAt,
        ReportId = Guid.NewGuid(),
        CaseNumber = "2027-000001",
        ReceivedAt = receivedAt,
        Classification = Classification.Anmalan,
        ReporterCategory = ReporterCategory.School,
        IsMandatoryReporter = true,
        FeedbackRequested = true,
        ConcernCategories = [ConcernCategory.Neglect],
        ChildId = Guid.NewGuid(),
        ChildGender = LegalGender.Female,
        ChildBirthYearMonth = "2015-03",
        IsProtectedIdentity = false,
    };

    /// <summary>Publishes the report as intake's outbox would, and waits until the service has opened its assessment.</summary>
    public static async Task<JsonElement> OpenAsync(this HttpClient client, string amqpUri, ReportRegistered report)
    {
        await using var bus = await TestBus.StartAsync(amqpUri);
        await bus.PublishAsync(report, report.EventId);
        var opened = await Eventually.UntilAsync<JsonElement?>(async () =>
        {
            using var response = await client.GetAsync($"/api/assessment/reports/{report.ReportId}/assessment");
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
        });
        return opened!.Value;
    }

    public static Guid Id(this JsonElement assessment) => assessment.GetProperty("assessmentId").GetGuid();

    public static async Task<JsonElement> GetAsync(this HttpClient client, Guid assessmentId)
    {
        using var response = await client.GetAsync($"/api/assessment/assessments/{assessmentId}");
        return await ExpectAsync(response, HttpStatusCode.OK);
    }

    /// <summary>The assessment as its unit's worklist shows it now.</summary>
    public static async Task<JsonElement> WorklistItemAsync(this HttpClient client, Guid assessmentId)
    {
        using var response = await client.GetAsync("/api/assessment/worklist");
        var body = await ExpectAsync(response, HttpStatusCode.OK);
        return body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("assessmentId").GetGuid() == assessmentId);
    }

    /// <summary>The assessment's open feedback task as the feedback worklist shows it now.</summary>
    public static async Task<JsonElement> FeedbackItemAsync(this HttpClient client, Guid assessmentId)
    {
        using var response = await client.GetAsync("/api/assessment/worklist/feedback");
        var body = await ExpectAsync(response, HttpStatusCode.OK);
        return body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("assessmentId").GetGuid() == assessmentId);
    }

    /// <summary>Records what the audit checklist requires before any decision, and decides to open an investigation.</summary>
    public static async Task<JsonElement> DecideAsync(this HttpClient client, Guid assessmentId)
    {
        using (var prior = await client.PutAsJsonAsync($"/api/assessment/assessments/{assessmentId}/prior-knowledge", new { hasPriorKnowledge = false }))
        {
            await ExpectAsync(prior, HttpStatusCode.OK);
        }

        using (var view = await client.PutAsJsonAsync($"/api/assessment/assessments/{assessmentId}/child-view", new { obtained = true, text = "Barnet vill bo kvar hemma." }))
        {
            await ExpectAsync(view, HttpStatusCode.OK);
        }

        using var decision = await client.PostAsJsonAsync(
            $"/api/assessment/assessments/{assessmentId}/decision", new { outcome = "open-investigation", reasoning = "Bedömningen grundas på anmälan och samtal." });
        return await ExpectAsync(decision, HttpStatusCode.OK);
    }

    public static Task<HttpResponseMessage> ExtendAsync(this HttpClient client, Guid assessmentId, DateOnly newDueDate) =>
        client.PostAsJsonAsync($"/api/assessment/assessments/{assessmentId}/extensions", new { newDueDate, reason = "Synnerliga skäl: barnet kan höras först efter lovet." });

    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
