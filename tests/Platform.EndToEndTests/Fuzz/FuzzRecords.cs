using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.EndToEndTests.Intake;
using Platform.EndToEndTests.Investigation;
using Platform.EndToEndTests.Placements;

namespace Platform.EndToEndTests.Fuzz;

/// <summary>
/// Real records, one municipality each, so that a body is checked against a record that exists rather than
/// stopped at a 404; a path names one by the segment before its id (<c>intake /reports/{id}</c>).
/// </summary>
internal sealed class FuzzRecords
{
    // Each record is made through the services' events, slow on a machine shared with other test runs.
    private static readonly TimeSpan Settling = TimeSpan.FromSeconds(90);

    private readonly Dictionary<string, (string Municipality, Guid Id)> _records = new(StringComparer.Ordinal);

    public static async Task<FuzzRecords> MakeAsync(PlatformFixture platform)
    {
        await EveryServiceReadyAsync(platform);
        var records = new FuzzRecords();
        await Task.WhenAll(records.ReportAsync(platform), records.InvestigationAsync(platform),
            records.PlacementAsync(platform), records.DeviationAsync(platform));
        return records;
    }

    /// <summary>The record a path parameter names, when the run made one of its kind.</summary>
    public (string Municipality, Guid Id)? Find(string service, string template, string parameter)
    {
        var segments = template.Split('/');
        var at = Array.IndexOf(segments, "{" + parameter + "}");
        return at > 0 && _records.TryGetValue($"{service} {segments[at - 1]} {parameter}", out var record) ? record : null;
    }

    public IEnumerable<string> Municipalities => _records.Values.Select(r => r.Municipality).Distinct();

    /// <summary>The fixture waits for the gateway alone; a record is made through every service.</summary>
    private static async Task EveryServiceReadyAsync(PlatformFixture platform)
    {
        using var gateway = platform.CreateGatewayClient();
        await ApiClients.EventuallyAsync(async () =>
        {
            using var ready = await gateway.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return ready.StatusCode == HttpStatusCode.OK ? "ready" : null;
        }, TimeSpan.FromMinutes(3));
    }

    private void Add(string key, string municipality, Guid id)
    {
        lock (_records)
        {
            _records[key] = (municipality, id);
        }
    }

    /// <summary>A report registered through intake, and the assessment it opens.</summary>
    private async Task ReportAsync(PlatformFixture platform)
    {
        var municipality = Platform.Testing.Municipalities.Next();
        using var client = await platform.ForMunicipalityAsync(municipality);
        var report = await client.RegisterAsync(IntakeRequests.Report(Reports.IdentityNumber(21)));
        Add("intake reports id", municipality, report.Id("reportId"));
        Add("intake children childId", municipality, report.Id("childId"));
        var assessment = (await Reports.AssessmentOfAsync(client, report.Id("reportId"), Settling))!.Value;
        Add("assessment assessments id", municipality, Assessment.AssessmentApi.IdOf(assessment));
        Add("assessment reports reportId", municipality, report.Id("reportId"));
    }

    private async Task InvestigationAsync(PlatformFixture platform)
    {
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var application = InvestigationApi.Application(desk.Municipality);
        await desk.Bus.PublishAsync(application, application.EventId);
        Add("investigation investigations id", desk.Municipality, await InvestigationApi.OfChildAsync(desk.Caseworker, application.ChildId, Settling));
    }

    private async Task PlacementAsync(PlatformFixture platform)
    {
        await using var desk = await MunicipalityDesk.OpenAsync(platform);
        var decided = PlacementsApi.Decided(desk.Municipality);
        await desk.Bus.PublishAsync(decided, decided.EventId);
        var id = await ApiClients.EventuallyAsync<Guid?>(async () =>
        {
            var list = await desk.Caseworker.GetFromJsonAsync<JsonElement>($"/api/placements/placements?interventionId={decided.InterventionId}");
            return list.GetArrayLength() > 0 ? list[0].GetProperty("placementId").GetGuid() : null;
        }, Settling);
        Add("placements placements id", desk.Municipality, id!.Value);
    }

    private async Task DeviationAsync(PlatformFixture platform)
    {
        var municipality = Platform.Testing.Municipalities.Next();
        using var client = await platform.ForMunicipalityAsync(municipality);
        using var reported = await client.PostAsJsonAsync("/api/quality/deviations", new { description = "Placeringen följdes inte upp.", probability = 3, severity = 4 });
        var body = await Responses.ExpectAsync(reported, HttpStatusCode.Created, emptyAllowed: false);
        Add("quality deviations id", municipality, body.GetProperty("deviationId").GetGuid());
    }
}
