extern alias assessment;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Intake;
using Platform.Rules;
using Platform.Testing.Messaging;

namespace Assessment.Tests.Infrastructure;

/// <summary>The assessment API as the tests drive it, and the reports from intake that open assessments.</summary>
internal static class AssessmentApi
{
    /// <summary>An anmälan from a mandatory reporter who asked for feedback, about a child of its own.</summary>
    public static ReportRegistered Anmalan(string municipality, DateTimeOffset receivedAt) => RegisteredReports.Anmalan(municipality, receivedAt);

    /// <summary>
    /// Makes the report ready to decide, as the platform would: the municipality's delegation order
    /// recorded by its committee secretary (the platform ships none), the report published as intake's
    /// outbox would, and intake's protection assessment of it; waits until the service has both.
    /// </summary>
    public static async Task<JsonElement> OpenAsync(this InProcessService<assessment::Program> service, HttpClient client, string amqpUri, ReportRegistered report)
    {
        await RecordDelegationOrderAsync(service, report.TenantId, StockholmCalendar.LocalDate(report.ReceivedAt).AddDays(-60));
        await using var bus = await TestBus.StartAsync(amqpUri);
        await bus.PublishAsync(report, report.EventId);
        await Eventually.UntilAsync<JsonElement?>(() => AssessmentOfAsync(client, report.ReportId));
        var recorded = new ProtectionAssessmentRecorded
        {
            EventId = Guid.NewGuid(),
            TenantId = report.TenantId,
            OccurredAt = report.ReceivedAt,
            ReportId = report.ReportId,
            ChildId = report.ChildId,
            AssessedAt = report.ReceivedAt.AddMinutes(30),
            DueAt = report.ProtectionAssessmentDueAt ?? report.ReceivedAt.AddHours(12),
            WithinDeadline = true,
            ImmediateProtectionNeeded = false,
            AssessorRole = "handlaggare",
        };
        await bus.PublishAsync(recorded, recorded.EventId);
        var ready = await Eventually.UntilAsync<JsonElement?>(async () =>
            await AssessmentOfAsync(client, report.ReportId) is { } assessment
            && assessment.GetProperty("reports").EnumerateArray().Any(r => r.GetProperty("protectionAssessmentRecorded").GetBoolean())
                ? assessment
                : null);
        return ready!.Value;
    }

    /// <summary>Opens the assessment of an anmälan received at <paramref name="receivedAt"/> in the service's municipality, ready to decide; its id.</summary>
    public static async Task<Guid> OpenAnmalanAsync(this InProcessService<assessment::Program> service, HttpClient client, string amqpUri, DateTimeOffset receivedAt) =>
        (await service.OpenAsync(client, amqpUri, Anmalan(service.Municipality, receivedAt))).Id();

    /// <summary>A delegation order for the municipality, decided by the committee and in force from <paramref name="from"/>.</summary>
    private static async Task RecordDelegationOrderAsync(InProcessService<assessment::Program> service, string municipality, DateOnly from)
    {
        using var secretary = service.ClientFor(municipality, role: "namndsekreterare", qualified: false);
        using var current = await secretary.GetAsync("/api/assessment/delegation-order");
        if (current.StatusCode == HttpStatusCode.OK)
        {
            return;
        }

        var roles = new[] { "handlaggare", "teamledare", "enhetschef", "forvaltningschef" };
        using var response = await secretary.PutAsJsonAsync("/api/assessment/delegation-order", new
        {
            grants = new object[]
            {
                new { decision = "open-investigation", roles },
                new { decision = "investigation-already-ongoing", roles },
                new { decision = "do-not-open", roles = roles[1..] },
                new { decision = "extend-assessment", roles = roles[2..] },
            },
            committeeDecidedOn = from,
            protocolParagraph = "§ 12",
            appliesFrom = from,
        });
        await ExpectAsync(response, HttpStatusCode.OK);
    }

    private static async Task<JsonElement?> AssessmentOfAsync(HttpClient client, Guid reportId)
    {
        using var response = await client.GetAsync($"/api/assessment/reports/{reportId}/assessment");
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
    }

    public static Guid Id(this JsonElement assessment) => assessment.GetProperty("assessmentId").GetGuid();

    public static Task<JsonElement> GetAsync(this HttpClient client, Guid assessmentId) => client.GetJsonAsync($"/api/assessment/assessments/{assessmentId}");

    /// <summary>The assessment as its unit's worklist shows it now.</summary>
    public static Task<JsonElement> WorklistItemAsync(this HttpClient client, Guid assessmentId) => client.ItemAsync("/api/assessment/worklist", "assessmentId", assessmentId);

    /// <summary>The assessment's open feedback task as the feedback worklist shows it now.</summary>
    public static Task<JsonElement> FeedbackItemAsync(this HttpClient client, Guid assessmentId) =>
        client.ItemAsync("/api/assessment/worklist/feedback", "assessmentId", assessmentId);

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

    public static Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status) => Responses.ExpectAsync(response, status);
}
