extern alias investigation;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Investigation;
using Platform.Contracts.Placements;
using Platform.Testing.Messaging;

namespace Investigation.Tests.InProcess;

/// <summary>
/// The quarterly report to IVO (16 kap. 6 f § SoL) of the second quarter of 2027, checked against rows
/// worked out by hand, and the same again on a later day after more has happened.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class IvoReportTests(InfrastructureFixture infrastructure)
{
    private static readonly DateTimeOffset Opened = new(2027, 1, 10, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Given_decisions_started_ended_and_waiting_When_the_second_quarter_is_reported_Then_the_rows_are_those_worked_out_by_hand_on_any_later_day()
    {
        // Arrange: five interventions decided at the meeting on 2027-01-15 (reportable from 2027-04-16), one on 2027-05-03 (from 2027-08-04).
        await using var service = InvestigationHost.Start(infrastructure, Opened.AddHours(1));
        using var caseworker = service.Client();
        using var secretary = service.Client(role: "namndsekreterare", qualified: false);
        using var quality = service.Client(role: "kvalitetsutvecklare", qualified: false);
        var first = await service.OpenAsync(infrastructure, caseworker, service.Municipality, Opened);
        var second = await service.OpenAsync(infrastructure, caseworker, service.Municipality, Opened);
        await caseworker.DocumentAsync(first, new DateOnly(2027, 1, 10));
        await caseworker.DocumentAsync(second, new DateOnly(2027, 1, 10));
        MoveTo(service, 2027, 1, 15);
        var decided = await InvestigationApi.DecideByCommitteeAsync(secretary, first, new DateOnly(2027, 1, 15),
            InvestigationApi.OpenCare("contact-person"), InvestigationApi.OpenCare("contact-family"), InvestigationApi.OpenCare("family-treatment"),
            InvestigationApi.OpenCare("other", "Läxhjälp"), InvestigationApi.Hvb());
        var (waiting, late, inTime, ended, placement) = (
            InvestigationApi.InterventionOf(decided, "contact-person"), InvestigationApi.InterventionOf(decided, "contact-family"),
            InvestigationApi.InterventionOf(decided, "family-treatment"), InvestigationApi.InterventionOf(decided, "other"), InvestigationApi.InterventionOf(decided, "hvb"));
        MoveTo(service, 2027, 3, 1);
        await PostAsync(caseworker, first, inTime, "started", new { startedOn = new DateOnly(2027, 3, 1) });
        MoveTo(service, 2027, 5, 3);
        var laterDecision = await InvestigationApi.DecideByCommitteeAsync(secretary, second, new DateOnly(2027, 5, 3), InvestigationApi.OpenCare("contact-person"));
        MoveTo(service, 2027, 5, 10);
        await PostAsync(caseworker, first, late, "started", new { startedOn = new DateOnly(2027, 5, 10), delayReason = "no-resource" });
        await PutAsync(caseworker, first, waiting, "delay-reason", new { reason = "declined" });
        MoveTo(service, 2027, 6, 1);
        await PostAsync(caseworker, first, ended, "ended-unexecuted", new { endedOn = new DateOnly(2027, 6, 1), reason = "needs-changed" });
        MoveTo(service, 2027, 7, 5);
        await PlacementStartedAsync(caseworker, service.Municipality, first, placement, new DateOnly(2027, 7, 5));
        MoveTo(service, 2027, 7, 10);
        string[] expected =
        [
            $"ended-unexecuted|{ended}|2027-01-15|open-care|other|sol|female|2015|2027-04-16||2027-06-01|needs-changed",
            $"executed-late|{late}|2027-01-15|open-care|contact-family|sol|female|2015|2027-04-16|2027-05-10||no-resource",
            $"not-executed|{placement}|2027-01-15|placement|hvb|sol|female|2015|2027-04-16|||",
            $"not-executed|{waiting}|2027-01-15|open-care|contact-person|sol|female|2015|2027-04-16|||declined",
        ];

        // Act
        var report = await ReportAsync(quality, "json");
        using var csv = await quality.GetAsync("/api/investigation/ivo-report?quarter=2027-Q2&format=csv");
        var csvText = await csv.Content.ReadAsStringAsync();
        MoveTo(service, 2027, 9, 1);
        await PostAsync(caseworker, first, waiting, "started", new { startedOn = new DateOnly(2027, 8, 20) });
        var reportLater = await ReportAsync(quality, "json");

        // Assert
        Assert.Equal(expected.Order(StringComparer.Ordinal), Rows(report).Order(StringComparer.Ordinal));
        Assert.Equal(Rows(report), Rows(reportLater));
        Assert.Equal("2027-04-01", report.GetProperty("from").GetString());
        Assert.Equal("2027-06-30", report.GetProperty("to").GetString());
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = csvText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("category,interventionId,decidedOn", lines[0], StringComparison.Ordinal);
        Assert.Equal(expected.Order(StringComparer.Ordinal), lines.Skip(1).Select(l => l.Replace(',', '|')).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Rows(report), r => r.Contains(InvestigationApi.InterventionOf(laterDecision, "contact-person").ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_a_caseworker_When_asking_for_the_ivo_report_Then_403_names_the_quality_reports_rule()
    {
        // Arrange
        await using var service = InvestigationHost.Start(infrastructure, Opened);
        using var caseworker = service.Client();

        // Act
        using var response = await caseworker.GetAsync("/api/investigation/ivo-report?quarter=2027-Q2");

        // Assert
        var problem = await InvestigationApi.ExpectAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("quality-reports", problem.GetProperty("rule").GetString());
    }

    private static void MoveTo(InProcessService<investigation::Program> service, int year, int month, int day) =>
        service.MoveClockTo(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.FromHours(2)));

    private static async Task PostAsync(HttpClient client, Guid id, Guid interventionId, string what, object body)
    {
        using var response = await client.PostAsJsonAsync($"/api/investigation/investigations/{id}/interventions/{interventionId}/{what}", body);
        await InvestigationApi.ExpectAsync(response, HttpStatusCode.OK);
    }

    private static async Task PutAsync(HttpClient client, Guid id, Guid interventionId, string what, object body)
    {
        using var response = await client.PutAsJsonAsync($"/api/investigation/investigations/{id}/interventions/{interventionId}/{what}", body);
        await InvestigationApi.ExpectAsync(response, HttpStatusCode.OK);
    }

    /// <summary>The placement service's report that the placement started, and the wait until this service has it.</summary>
    private async Task PlacementStartedAsync(HttpClient client, string municipality, Guid id, Guid interventionId, DateOnly startedOn)
    {
        await using var bus = await TestBus.StartAsync(infrastructure.AmqpUri);
        var started = new PlacementStarted
        {
            EventId = Guid.NewGuid(),
            TenantId = municipality,
            OccurredAt = DateTimeOffset.UtcNow,
            PlacementId = Guid.NewGuid(),
            InterventionId = interventionId,
            ChildId = (await client.GetAsync(id)).GetProperty("childId").GetGuid(),
            PlacementType = PlacementType.Hvb,
            StartedOn = startedOn,
        };
        await bus.PublishAsync(started, started.EventId);
        await Eventually.UntilAsync<string>(async () =>
            (await client.GetAsync(id)).GetProperty("interventions").EnumerateArray()
                .Any(i => i.GetProperty("interventionId").GetGuid() == interventionId && i.GetProperty("startedOn").ValueKind == JsonValueKind.String) ? "started" : null);
    }

    private static async Task<JsonElement> ReportAsync(HttpClient client, string format)
    {
        using var response = await client.GetAsync($"/api/investigation/ivo-report?quarter=2027-Q2&format={format}");
        return await InvestigationApi.ExpectAsync(response, HttpStatusCode.OK);
    }

    private static IEnumerable<string> Rows(JsonElement report) =>
        report.GetProperty("rows").EnumerateArray().Select(r => string.Join('|',
            r.GetProperty("category").GetString(), r.GetProperty("interventionId").GetGuid(), r.GetProperty("decidedOn").GetString(),
            r.GetProperty("interventionKind").GetString(), r.GetProperty("interventionType").GetString(), r.GetProperty("legalBasis").GetString(),
            r.GetProperty("childGender").GetString(), r.GetProperty("childBirthYear").ToString(), r.GetProperty("notExecutedFrom").GetString(),
            r.GetProperty("startedOn").GetString(), r.GetProperty("endedOn").GetString(), r.GetProperty("reason").GetString()));
}
