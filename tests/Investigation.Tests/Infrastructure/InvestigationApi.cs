extern alias investigation;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Platform.Contracts.Assessment;
using Platform.Contracts.Delegation;
using Platform.Contracts.Intake;
using Platform.Testing.Messaging;

namespace Investigation.Tests.Infrastructure;

/// <summary>The investigation API as the tests drive it, and the messages from intake and assessment that open investigations.</summary>
internal static class InvestigationApi
{
    public const string Text = "Barnet beskriver sin vardag.";

    /// <summary>An anmälan about a girl born in March 2015, received five days before the assessment's decision.</summary>
    public static ReportRegistered Report(string municipality, Guid childId, DateTimeOffset receivedAt, Classification classification = Classification.Anmalan) =>
        RegisteredReports.Anmalan(municipality, receivedAt, childId) with { Classification = classification, FeedbackRequested = false };

    /// <summary>
    /// Opens an investigation as the platform would: intake's registration, then assessment's decision
    /// to investigate at <paramref name="requestedAt"/>; returns its id once the service lists it.
    /// </summary>
    public static async Task<Guid> OpenAsync(
        this InProcessService<investigation::Program> service, InfrastructureFixture infrastructure, HttpClient client, string municipality, DateTimeOffset requestedAt)
    {
        var childId = Guid.NewGuid();
        var report = Report(municipality, childId, requestedAt.AddDays(-5));
        await using var bus = await TestBus.StartAsync(infrastructure.AmqpUri);
        await bus.PublishAsync(report, report.EventId);
        await RegisteredAsync(infrastructure, report.ReportId);
        var request = new InvestigationRequested
        {
            EventId = Guid.NewGuid(),
            TenantId = municipality,
            OccurredAt = requestedAt,
            AssessmentId = Guid.NewGuid(),
            ChildId = childId,
            ReportIds = [report.ReportId],
            RequestedAt = requestedAt,
            HasViolenceConcern = false,
        };
        await bus.PublishAsync(request, request.EventId);
        return await Eventually.UntilAsync<Guid?>(async () =>
            (await WorklistAsync(client)).GetProperty("items").EnumerateArray()
                .Where(i => i.GetProperty("childId").GetGuid() == childId)
                .Select(i => (Guid?)i.GetProperty("investigationId").GetGuid())
                .FirstOrDefault()) ?? throw new InvalidOperationException("Not opened.");
    }

    /// <summary>
    /// The municipality's delegation order as assessment publishes it (in force since 2026-01-01: extensions
    /// for the unit manager), and the wait until the service holds its copy.
    /// </summary>
    public static async Task RecordDelegationOrderAsync(InfrastructureFixture infrastructure, string municipality)
    {
        var order = new DelegationOrderRecorded
        {
            EventId = Guid.NewGuid(),
            TenantId = municipality,
            OccurredAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            Version = 1,
            CommitteeDecidedOn = new DateOnly(2025, 12, 10),
            ProtocolParagraph = "§ 101",
            AppliesFrom = new DateOnly(2026, 1, 1),
            Grants =
            [
                new(DecisionType.ExtendInvestigation, ["enhetschef"], false),
                new(DecisionType.DecideOpenCare, ["teamledare", "enhetschef"], false),
            ],
        };
        await using var bus = await TestBus.StartAsync(infrastructure.AmqpUri);
        await bus.PublishAsync(order, order.EventId);
        await CountedAsync(infrastructure, "SELECT count(*) FROM delegation_orders WHERE tenant_id = @id", municipality);
    }

    /// <summary>Waits until the service holds intake's record of the report (read as the superuser, past row security).</summary>
    private static Task RegisteredAsync(InfrastructureFixture infrastructure, Guid reportId) =>
        CountedAsync(infrastructure, "SELECT count(*) FROM investigation_reports WHERE report_id = @id", reportId);

    private static Task CountedAsync(InfrastructureFixture infrastructure, string sql, object id) =>
        Eventually.UntilAsync<string>(async () =>
        {
            await using var connection = new NpgsqlConnection(infrastructure.ConnectionString("investigation", Aspire.AppHost.Postgres.PostgresServer.Superuser));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("id", id);
            return (long)(await command.ExecuteScalarAsync())! > 0 ? "there" : null;
        });

    public static Task<JsonElement> GetAsync(this HttpClient client, Guid id) => client.GetJsonAsync($"/api/investigation/investigations/{id}");

    public static Task<JsonElement> WorklistAsync(HttpClient client) => client.GetJsonAsync("/api/investigation/worklist");

    public static Task<JsonElement> WorklistItemAsync(this HttpClient client, Guid id) => client.ItemAsync("/api/investigation/worklist", "investigationId", id);

    /// <summary>Records every part a decision needs, dated <paramref name="on"/>.</summary>
    public static async Task DocumentAsync(this HttpClient client, Guid id, DateOnly on)
    {
        var parts = new (HttpMethod Method, string Path, object Body)[]
        {
            (HttpMethod.Put, "guardians-informed", new { informedOn = on, manner = "letter" }),
            (HttpMethod.Put, "investigation-plan", new { familyInvited = true, reason = Text }),
            (HttpMethod.Put, "child-heard", new { heard = true }),
            (HttpMethod.Put, "child-view", new { text = Text }),
            (HttpMethod.Post, "consultations", new { kind = "reference-contact", party = "Skolan", contactedOn = on, summary = Text }),
            (HttpMethod.Post, "communications", new { material = "Utredningen", party = "guardian", communicatedOn = on }),
            (HttpMethod.Put, "needs-assessment", new { text = Text }),
            (HttpMethod.Put, "guardians-ability", new { text = Text }),
            (HttpMethod.Put, "conclusion", new { text = Text }),
        };
        foreach (var (method, path, body) in parts)
        {
            using var response = await client.SendAsync(new HttpRequestMessage(method, $"/api/investigation/investigations/{id}/{path}") { Content = JsonContent.Create(body) });
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>The committee's decision at its meeting on <paramref name="meeting"/>, entered by its secretary.</summary>
    public static async Task<JsonElement> DecideByCommitteeAsync(HttpClient secretary, Guid id, DateOnly meeting, params object[] interventions)
    {
        using var response = await secretary.PostAsJsonAsync($"/api/investigation/investigations/{id}/decision", new
        {
            outcome = "interventions",
            reasoning = Text,
            interventions,
            committee = new { meetingDate = meeting, protocolParagraph = "§ 12" },
        });
        return await ExpectAsync(response, HttpStatusCode.OK);
    }

    public static object OpenCare(string type, string? name = null) => new { kind = "open-care", openCareType = type, openCareName = name };

    public static object Hvb() => new { kind = "placement", placementType = "hvb", legalBasis = "sol", providerOrganisationNumber = "556677-8899" };

    public static Guid InterventionOf(JsonElement decided, string type) =>
        decided.GetProperty("interventions").EnumerateArray()
            .Single(i => (i.GetProperty("openCareType").GetString() ?? i.GetProperty("placementType").GetString()) == type)
            .GetProperty("interventionId").GetGuid();

    public static Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status) => Responses.ExpectAsync(response, status);
}
