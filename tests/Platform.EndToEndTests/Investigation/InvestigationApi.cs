using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Platform.Contracts.Intake;

namespace Platform.EndToEndTests.Investigation;

/// <summary>The investigation API as the tests drive it through the gateway.</summary>
internal static class InvestigationApi
{
    public const string Text = "Barnet beskriver sin vardag i skolan.";

    /// <summary>Today in Europe/Stockholm.</summary>
    public static DateOnly Today => Assessment.AssessmentApi.Today;

    /// <summary>An application (ansökan) about a child of its own, received <paramref name="daysAgo"/> days ago: it opens an investigation.</summary>
    public static ReportRegistered Application(string municipality, Guid? childId = null, int daysAgo = 0, string? unit = null,
        bool protectedIdentity = false, ConcernCategory concern = ConcernCategory.Neglect) =>
        Reports.Registered(municipality, childId ?? Guid.NewGuid()) with
        {
            Classification = Classification.Ansokan,
            ReceivedAt = DateTimeOffset.UtcNow.AddDays(-daysAgo).AddMinutes(-10),
            ConcernCategories = [concern],
            IsProtectedIdentity = protectedIdentity,
            Unit = unit,
        };

    /// <summary>Publishes an application and returns the investigation it opened, once listed.</summary>
    public static async Task<Guid> OpenAsync(PlatformFixture platform, HttpClient client, ReportRegistered application)
    {
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        await bus.PublishAsync(application, application.EventId);
        return await OfChildAsync(client, application.ChildId);
    }

    /// <summary>
    /// Records the municipality's delegation order at assessment (once; it grants the investigation's
    /// decisions too) and waits until this service holds its copy of it.
    /// </summary>
    public static async Task EnsureDelegationOrderAsync(PlatformFixture platform, string municipality)
    {
        await Assessment.AssessmentApi.EnsureDelegationOrderAsync(platform, municipality);
        await ApiClients.EventuallyAsync<string>(async () =>
        {
            await using var connection = new NpgsqlConnection(platform.SuperuserConnectionString("investigation"));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM delegation_orders WHERE tenant_id = @tenant", connection);
            command.Parameters.AddWithValue("tenant", municipality);
            return (long)(await command.ExecuteScalarAsync())! > 0 ? "replicated" : null;
        });
    }

    /// <summary>Waits until the child's open investigation is on the caller's worklist.</summary>
    public static async Task<Guid> OfChildAsync(HttpClient client, Guid childId, TimeSpan? timeout = null) =>
        (await ApiClients.EventuallyAsync<Guid?>(async () =>
            (await WorklistAsync(client)).GetProperty("items").EnumerateArray()
                .Where(i => i.GetProperty("childId").GetGuid() == childId)
                .Select(i => (Guid?)i.GetProperty("investigationId").GetGuid())
                .FirstOrDefault(), timeout)) ?? throw new InvalidOperationException("The child's investigation was not listed.");

    public static async Task<JsonElement> WorklistAsync(HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>("/api/investigation/worklist");

    public static async Task<JsonElement> WorklistItemAsync(HttpClient client, Guid id) =>
        (await WorklistAsync(client)).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("investigationId").GetGuid() == id);

    public static async Task<JsonElement> GetAsync(HttpClient client, Guid id)
    {
        using var response = await client.GetAsync($"/api/investigation/investigations/{id}");
        return await ExpectAsync(response, HttpStatusCode.OK);
    }

    public static Task<HttpResponseMessage> PutAsync(HttpClient client, Guid id, string what, object body) =>
        client.PutAsJsonAsync($"/api/investigation/investigations/{id}/{what}", body);

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string what, object body) =>
        client.PostAsJsonAsync($"/api/investigation/investigations/{id}/{what}", body);

    /// <summary>Records every part a decision needs, today; with a violence concern also the risk assessment and the police-report stance.</summary>
    public static async Task DocumentAsync(HttpClient client, Guid id, bool violence = false)
    {
        var parts = new List<(bool Put, string Path, object Body)>
        {
            (true, "guardians-informed", new { informedOn = Today, manner = "in-person" }),
            (true, "investigation-plan", new { familyInvited = true, reason = Text }),
            (true, "child-heard", new { heard = true }),
            (true, "child-view", new { text = Text }),
            (false, "consultations", new { kind = "consultation", party = "BVC", contactedOn = Today, summary = Text }),
            (false, "communications", new { material = "Utredningen", party = "guardian", communicatedOn = Today }),
            (true, "needs-assessment", new { text = Text }),
            (true, "guardians-ability", new { text = Text }),
            (true, "conclusion", new { text = Text }),
        };
        if (violence)
        {
            parts.Add((true, "risk-assessment", new { method = "patriark", result = "high" }));
            parts.Add((true, "police-report", new { stance = "reported", reportedOn = Today }));
        }

        foreach (var (put, path, body) in parts)
        {
            using var response = put ? await PutAsync(client, id, path, body) : await PostAsync(client, id, path, body);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public static object Decision(string outcome, params object[] interventions) => new { outcome, reasoning = Text, interventions };

    public static object CommitteeDecision(object committee, params object[] interventions) =>
        new { outcome = interventions.Length == 0 ? "no-intervention" : "interventions", reasoning = Text, interventions, committee };

    public static object Meeting() => new { meetingDate = Today, protocolParagraph = "§ 88" };

    public static object OpenCare(string type = "contact-person") => new { kind = "open-care", openCareType = type };

    public static object Hvb(string legalBasis = "sol", bool longTermCare = false, bool immediateCustody = false) => new
    {
        kind = "placement", placementType = "hvb", legalBasis, providerOrganisationNumber = "556677-8899", longTermCare, immediateCustody,
    };

    public static async Task<string?> RuleOfAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("rule", out var rule) ? rule.GetString() : null;

    /// <summary>Sends a JSON body exactly as written, nulls and missing members included, to a part of the investigation.</summary>
    public static Task<HttpResponseMessage> SendRawAsync(HttpClient client, HttpMethod method, Guid id, string path, string json) =>
        client.SendAsync(new HttpRequestMessage(method, $"/api/investigation/investigations/{id}/{path}")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        });

    /// <summary>Asserts a problem-details 400 whose errors name the field.</summary>
    public static async Task ExpectFieldErrorAsync(HttpResponseMessage response, string field)
    {
        var problem = await ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    public static Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status) => Responses.ExpectAsync(response, status);
}
