using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Intake;

namespace Platform.EndToEndTests.Infrastructure;

/// <summary>Reports of concern for tests, and the assessments they lead to.</summary>
public static class Reports
{
    /// <summary>A valid personnummer (12 digits) for someone born in 2015, varied by the seed.</summary>
    public static string IdentityNumber(int seed)
    {
        var body = $"1503{(seed % 28) + 1:00}{(seed % 900) + 100:000}";
        return "20" + body + LuhnDigit(body);
    }

    public static object Anmalan(string identityNumber, string description = "Eleven berättar om oro hemma.", string concern = "neglect") => new
    {
        receivedAt = DateTimeOffset.UtcNow.AddMinutes(-5),
        channel = "e-service",
        classification = "anmalan",
        reporter = new { category = "school", isMandatoryReporter = true, requestedFeedback = true, name = "Rektor Rut Rektorsson" },
        child = new { identityNumber, protectedIdentity = false },
        concernCategories = new[] { concern },
        violenceByCloseRelative = concern == "violence" ? false : (bool?)null,
        description,
    };

    public static async Task<JsonElement> RegisterAsync(HttpClient client, object report)
    {
        using var response = await client.PostAsJsonAsync("/api/intake/reports", report);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Waits until the assessment service has opened the assessment for a report.</summary>
    public static Task<JsonElement?> AssessmentOfAsync(HttpClient client, Guid reportId, TimeSpan? timeout = null) =>
        ApiClients.EventuallyAsync<JsonElement?>(async () =>
        {
            using var response = await client.GetAsync($"/api/assessment/reports/{reportId}/assessment");
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
        }, timeout);

    public static ReportRegistered Registered(string tenant, Guid childId) =>
        RegisteredReports.Anmalan(tenant, DateTimeOffset.UtcNow.AddMinutes(-10), childId) with { OccurredAt = DateTimeOffset.UtcNow, CaseNumber = "2026-000001" };

    /// <summary>The check digit that makes the ten digits valid, by the service's own check.</summary>
    private static int LuhnDigit(string nineDigits) =>
        Enumerable.Range(0, 10).First(d => global::Intake.Domain.Identity.Luhn.IsValid(nineDigits + d));
}
