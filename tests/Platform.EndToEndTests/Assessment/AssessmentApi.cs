using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Intake;
using Platform.Rules;

namespace Platform.EndToEndTests.Assessment;

/// <summary>The assessment API as the tests drive it through the gateway.</summary>
internal static class AssessmentApi
{
    public const string Reasoning = "Bedömningen grundas på anmälan och samtal.";

    public const string ChildView = "Barnet vill bo kvar hemma.";

    /// <summary>The order most tests decide under (DOMAIN.md §3, Eskilstuna), as a committee decided it 60 days ago.</summary>
    public static readonly object EskilstunaOrder = Order(
        new { decision = "open-investigation", roles = new[] { "handlaggare", "teamledare", "enhetschef", "forvaltningschef" } },
        new { decision = "investigation-already-ongoing", roles = new[] { "handlaggare", "teamledare", "enhetschef", "forvaltningschef" } },
        new { decision = "do-not-open", roles = new[] { "teamledare", "enhetschef", "forvaltningschef" }, mayBeSubDelegated = true },
        new { decision = "extend-assessment", roles = new[] { "enhetschef", "forvaltningschef" } },
        new { decision = "forward-to-another-municipality", roles = new[] { "handlaggare", "teamledare", "enhetschef", "forvaltningschef" } },
        new { decision = "extend-investigation", roles = new[] { "enhetschef", "forvaltningschef" } },
        new { decision = "conclude-without-intervention", roles = new[] { "handlaggare", "teamledare", "enhetschef", "forvaltningschef" } },
        new { decision = "decide-open-care", roles = new[] { "teamledare", "enhetschef", "forvaltningschef" } },
        new { decision = "decide-placement", roles = new[] { "enhetschef", "forvaltningschef" } });

    private static readonly ConcurrentDictionary<string, Lazy<Task>> OrdersRecorded = new(StringComparer.Ordinal);

    /// <summary>A delegation order body: the grants, the committee's decision 60 days ago (§ 47) and the day it applies from.</summary>
    public static object Order(params object[] grants) => Order(DaysAgo(60), DaysAgo(60), grants);

    public static object Order(DateOnly decidedOn, DateOnly appliesFrom, params object[] grants) =>
        new { grants, committeeDecidedOn = decidedOn, protocolParagraph = "§ 47", appliesFrom };

    /// <summary>Today in Europe/Stockholm, the calendar every deadline and decision day is counted in.</summary>
    public static DateOnly Today => StockholmCalendar.LocalDate(DateTimeOffset.UtcNow);

    public static DateOnly DaysAgo(int days) => Today.AddDays(-days);

    /// <summary>The committee secretary of a municipality, who enters the committee's decisions.</summary>
    public static Task<HttpClient> SecretaryAsync(PlatformFixture platform, string municipality) =>
        platform.ForMunicipalityAsync(municipality, role: "namndsekreterare", qualified: false, name: "Sara Sekreterare");

    /// <summary>Records the municipality's delegation order, entered by its secretary (the platform ships none).</summary>
    public static async Task RecordDelegationOrderAsync(PlatformFixture platform, string municipality, object order)
    {
        using var secretary = await SecretaryAsync(platform, municipality);
        using var response = await secretary.PutAsJsonAsync("/api/assessment/delegation-order", order);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Records <see cref="EskilstunaOrder"/> for the municipality, once.</summary>
    public static Task EnsureDelegationOrderAsync(PlatformFixture platform, string municipality) =>
        OrdersRecorded.GetOrAdd(municipality, m => new Lazy<Task>(() => RecordDelegationOrderAsync(platform, m, EskilstunaOrder))).Value;

    /// <summary>Intake's protection assessment of the report, as intake publishes it, and waits until the assessment service has it.</summary>
    public static async Task ProtectionAssessedAsync(TestBus bus, HttpClient client, ReportRegistered report)
    {
        // The consumer waits for the registration by failing and being redelivered; waiting here keeps it off the error queue.
        await Reports.AssessmentOfAsync(client, report.ReportId);
        var recorded = ProtectionAssessment(report);
        await bus.PublishAsync(recorded, recorded.EventId);
        await ApiClients.EventuallyAsync<string>(async () =>
        {
            var assessment = (await Reports.AssessmentOfAsync(client, report.ReportId))!.Value;
            return assessment.GetProperty("reports").EnumerateArray()
                .Any(r => r.GetProperty("reportId").GetGuid() == report.ReportId && r.GetProperty("protectionAssessmentRecorded").GetBoolean()) ? "recorded" : null;
        });
    }

    /// <summary>Intake's protection assessment of the report, made within its deadline by a caseworker, as intake publishes it.</summary>
    public static ProtectionAssessmentRecorded ProtectionAssessment(ReportRegistered report)
    {
        var recorded = new ProtectionAssessmentRecorded
        {
            EventId = Guid.NewGuid(),
            TenantId = report.TenantId,
            OccurredAt = DateTimeOffset.UtcNow,
            ReportId = report.ReportId,
            ChildId = report.ChildId,
            AssessedAt = DateTimeOffset.UtcNow,
            DueAt = DateTimeOffset.UtcNow.AddHours(1),
            WithinDeadline = true,
            ImmediateProtectionNeeded = false,
            AssessorRole = "handlaggare",
        };
        return recorded;
    }

    public static async Task<JsonElement> PublishAndWaitAsync(TestBus bus, HttpClient client, ReportRegistered report)
    {
        await bus.PublishAsync(report, report.EventId);
        return (await Reports.AssessmentOfAsync(client, report.ReportId))!.Value;
    }

    /// <summary>
    /// Records the municipality's delegation order (once), publishes the report, waits for its assessment and
    /// records what a decision needs: intake's protection assessment of an anmälan, prior knowledge, the child's view.
    /// </summary>
    public static async Task<Guid> OpenReadyToDecideAsync(PlatformFixture platform, HttpClient caseworker, ReportRegistered report)
    {
        await EnsureDelegationOrderAsync(platform, report.TenantId);
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var id = IdOf(await PublishAndWaitAsync(bus, caseworker, report));
        if (report.Classification == Classification.Anmalan)
        {
            await ProtectionAssessedAsync(bus, caseworker, report);
        }

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

    /// <summary>Waits until assessment has consumed the investigation's opening; it has no API for the investigations it knows of, so its table is read as the superuser.</summary>
    public static Task KnowsInvestigationAsync(PlatformFixture platform, Guid investigationId) =>
        ApiClients.EventuallyAsync<string>(async () =>
        {
            await using var connection = new Npgsql.NpgsqlConnection(platform.SuperuserConnectionString("assessment"));
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM ongoing_investigations WHERE id = @id", connection);
            command.Parameters.AddWithValue("id", investigationId);
            return (long)(await command.ExecuteScalarAsync())! > 0 ? "known" : null;
        });
}
