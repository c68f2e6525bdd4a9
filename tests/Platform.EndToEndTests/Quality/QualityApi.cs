using System.Globalization;
using System.Net;
using System.Text.Json;
using Platform.EndToEndTests.Assessment;
using Platform.EndToEndTests.Investigation;

namespace Platform.EndToEndTests.Quality;

/// <summary>The quality API through the gateway, and a child's case driven through intake's event, assessment and investigation.</summary>
internal static class QualityApi
{
    public static string ThisMonth => AssessmentApi.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>An anmälan (of <paramref name="unit"/>, when given) assessed and decided "open investigation" today, the investigation documented and concluded without intervention; its ids.</summary>
    public static async Task<(Guid Assessment, Guid Investigation)> ConcludedCaseAsync(PlatformFixture platform, string municipality, string? unit = null)
    {
        using var caseworker = await platform.ForMunicipalityAsync(municipality, unit: unit);
        var report = Reports.Registered(municipality, Guid.NewGuid()) with { Unit = unit };
        await InvestigationApi.EnsureDelegationOrderAsync(platform, municipality);
        var assessment = await AssessmentApi.OpenReadyToDecideAsync(platform, caseworker, report);
        using (var decided = await AssessmentApi.DecideAsync(caseworker, assessment, "open-investigation"))
        {
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }

        var investigation = await InvestigationApi.OfChildAsync(caseworker, report.ChildId);
        await InvestigationApi.DocumentAsync(caseworker, investigation);
        using var concluded = await InvestigationApi.PostAsync(caseworker, investigation, "decision", InvestigationApi.Decision("no-intervention"));
        await InvestigationApi.ExpectAsync(concluded, HttpStatusCode.OK);
        return (assessment, investigation);
    }

    public static async Task<JsonElement> IndicatorsAsync(HttpClient client, string period)
    {
        using var response = await client.GetAsync($"/api/quality/indicators?period={period}");
        return await InvestigationApi.ExpectAsync(response, HttpStatusCode.OK);
    }

    /// <summary>Polls until this month's figures hold the concluded case.</summary>
    public static Task<JsonElement> WhenConcludedAsync(HttpClient client) =>
        ApiClients.EventuallyAsync<JsonElement?>(async () =>
        {
            var answer = await IndicatorsAsync(client, ThisMonth);
            return Figures(answer, "investigation-days-0-90").Denominator == 1 && Figures(answer, "decisions-without-delegation").Denominator == 1
                ? answer
                : null;
        }, TimeSpan.FromSeconds(60)).ContinueWith(t => t.Result!.Value, TaskScheduler.Default);

    public static (long? Numerator, long? Denominator) Figures(JsonElement answer, string id)
    {
        var indicator = answer.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
        return (Number(indicator.GetProperty("numerator")), Number(indicator.GetProperty("denominator")));
    }

    private static long? Number(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetInt64();
}
