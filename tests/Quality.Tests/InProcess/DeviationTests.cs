using System.Net.Http.Json;
using System.Text.Json;

namespace Quality.Tests.InProcess;

/// <summary>
/// Deviations: reported by anyone, risk probability × severity with the serious ones for the head of department,
/// investigated by the responsible unit manager within six weeks, the outcome told; Lex Sarah with its IVO date;
/// and the deviations the platform raises itself from a missed statutory deadline.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class DeviationTests(InfrastructureFixture infrastructure)
{
    private static readonly DateTimeOffset Now = Local(2026, 11, 15);

    [Fact]
    public async Task Given_a_risk_of_three_by_three_When_reported_Then_it_is_serious_for_the_head_of_department_and_due_in_six_weeks()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await using var service = QualityHost.Start(infrastructure, Now);
        using var caseworker = service.ClientFor(municipality, unit: "enhet-barn");
        using var head = service.ClientFor(municipality, PlatformRoles.Forvaltningschef);

        // Act
        var reported = await ReportAsync(caseworker, probability: 3, severity: 3);
        using var serious = await head.GetAsync("/api/quality/deviations?serious=true");
        using var refused = await caseworker.GetAsync("/api/quality/deviations");

        // Assert
        Assert.Equal(9, reported.GetProperty("risk").GetInt32());
        Assert.True(reported.GetProperty("serious").GetBoolean());
        Assert.Equal("forvaltningschef", reported.GetProperty("escalatedTo").GetString());
        Assert.Equal("enhet-barn", reported.GetProperty("unit").GetString());
        Assert.Equal(new DateTimeOffset(2026, 12, 27, 23, 0, 0, TimeSpan.Zero), reported.GetProperty("investigationDueAt").GetDateTimeOffset());
        var listed = await QualityApi.ExpectAsync(serious, HttpStatusCode.OK);
        Assert.Contains(listed.EnumerateArray(), d => d.GetProperty("deviationId").GetGuid() == reported.GetProperty("deviationId").GetGuid());
        Assert.Equal("quality-reports", (await QualityApi.ExpectAsync(refused, HttpStatusCode.Forbidden)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Given_a_deviation_When_its_unit_manager_investigates_and_tells_the_outcome_Then_the_reporter_reads_it_closed()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await using var service = QualityHost.Start(infrastructure, Now);
        using var caseworker = service.ClientFor(municipality, unit: "enhet-barn");
        using var manager = service.ClientFor(municipality, PlatformRoles.Enhetschef, unit: "enhet-barn");
        using var otherManager = service.ClientFor(municipality, PlatformRoles.Enhetschef, unit: "enhet-vuxen");
        var id = (await ReportAsync(caseworker, 2, 2)).GetProperty("deviationId").GetGuid();

        // Act
        using var tooEarly = await manager.PostAsync($"/api/quality/deviations/{id}/outcome-told", null);
        using var otherUnit = await otherManager.PutAsJsonAsync($"/api/quality/deviations/{id}/investigation", Investigation());
        using var investigated = await manager.PutAsJsonAsync($"/api/quality/deviations/{id}/investigation", Investigation());
        service.MoveClockTo(Now.AddDays(50));
        using var told = await manager.PostAsync($"/api/quality/deviations/{id}/outcome-told", null);
        using var read = await caseworker.GetAsync($"/api/quality/deviations/{id}");

        // Assert
        await QualityApi.ExpectAsync(tooEarly, HttpStatusCode.Conflict);
        await QualityApi.ExpectAsync(otherUnit, HttpStatusCode.Forbidden);
        await QualityApi.ExpectAsync(investigated, HttpStatusCode.OK);
        await QualityApi.ExpectAsync(told, HttpStatusCode.OK);
        var deviation = await QualityApi.ExpectAsync(read, HttpStatusCode.OK);
        Assert.Equal("closed", deviation.GetProperty("status").GetString());
        Assert.Equal("Rutinen var okänd.", deviation.GetProperty("causes").GetString());
        Assert.False(deviation.GetProperty("investigationOverdue").GetBoolean());
    }

    [Fact]
    public async Task Given_a_serious_wrong_When_escalated_and_reported_to_IVO_Then_the_investigation_is_due_at_IVO_two_months_later()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await using var service = QualityHost.Start(infrastructure, Now);
        using var quality = service.ClientFor(municipality, PlatformRoles.Kvalitetsutvecklare);
        var id = (await ReportAsync(quality, 4, 4)).GetProperty("deviationId").GetGuid();

        // Act
        using var early = await quality.PostAsJsonAsync($"/api/quality/deviations/{id}/ivo-report", new { reportedToIvoAt = Local(2026, 11, 30) });
        using var escalated = await quality.PostAsync($"/api/quality/deviations/{id}/lex-sarah", null);
        using var reported = await quality.PostAsJsonAsync($"/api/quality/deviations/{id}/ivo-report", new { reportedToIvoAt = Local(2026, 11, 30) });

        // Assert
        await QualityApi.ExpectAsync(early, HttpStatusCode.Conflict);
        await QualityApi.ExpectAsync(escalated, HttpStatusCode.OK);
        var deviation = await QualityApi.ExpectAsync(reported, HttpStatusCode.OK);
        Assert.Equal(new DateTimeOffset(2027, 1, 30, 23, 0, 0, TimeSpan.Zero), deviation.GetProperty("ivoReportDueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Given_a_probability_of_five_When_reported_Then_400_names_the_probability()
    {
        // Arrange
        await using var service = QualityHost.Start(infrastructure, Now);
        using var caseworker = service.ClientFor(Municipalities.Next());

        // Act
        using var response = await caseworker.PostAsJsonAsync("/api/quality/deviations", new { description = "Fel.", probability = 5, severity = 1 });

        // Assert
        var problem = await QualityApi.ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("probability", out _));
    }

    [Fact]
    public async Task Given_an_assessment_decided_after_its_statutory_date_When_the_event_arrives_Then_the_platform_raises_a_deviation_on_it()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var events = new CaseEvents(municipality, "enhet-barn");
        var child = Guid.NewGuid();
        var report = events.Report(child, LegalGender.Male, "2016-04", Local(2026, 10, 1));
        var late = events.Assessment(report, child, Local(2026, 10, 1), Local(2026, 10, 20), extendedDueAt: Local(2026, 10, 25));
        await using var service = QualityHost.Start(infrastructure, Now);
        using var head = service.ClientFor(municipality, PlatformRoles.Forvaltningschef);

        // Act
        await QualityApi.PublishAsync(infrastructure.AmqpUri, events.All);
        var raised = await Eventually.UntilAsync<JsonElement?>(async () =>
        {
            var list = await head.GetFromJsonAsync<JsonElement>("/api/quality/deviations");
            return list.EnumerateArray().Where(d => d.GetProperty("caseId").ValueKind == JsonValueKind.String && d.GetProperty("caseId").GetGuid() == late)
                .Select(d => (JsonElement?)d).FirstOrDefault();
        });

        // Assert
        Assert.Equal("missed-deadline", raised!.Value.GetProperty("source").GetString());
        Assert.Contains("initial-assessment", raised.Value.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static object Investigation() => new { causes = "Rutinen var okänd.", actions = "Utbildning i rutinen.", followUp = "Uppföljning om tre månader." };

    private static async Task<JsonElement> ReportAsync(HttpClient client, int probability, int severity)
    {
        using var response = await client.PostAsJsonAsync("/api/quality/deviations", new { description = "Skyddsbedömningen dokumenterades inte.", probability, severity });
        return await QualityApi.ExpectAsync(response, HttpStatusCode.Created);
    }
}
