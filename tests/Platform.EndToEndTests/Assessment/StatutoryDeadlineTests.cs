using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Assessment;

namespace Platform.EndToEndTests.Assessment;

/// <summary>Extensions are decided before the rule's own deadline passes; lateness is counted against the law and, separately, against the extension.</summary>
[Collection(PlatformCollection.Name)]
public sealed class StatutoryDeadlineTests(PlatformFixture platform)
{
    private const string SpecialReasons = "Synnerliga skäl: barnet kan höras först efter lovet.";

    private static DateOnly Date(JsonElement element, string property) =>
        DateOnly.Parse(element.GetProperty(property).GetString()!, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Given_the_statutory_deadline_has_passed_When_a_delegate_extends_Then_409_and_the_deadline_stays()
    {
        // Arrange
        using var ready = await ReadyAssessment.OpenAsync(platform, role: "enhetschef", report: r => r with { ReceivedAt = DateTimeOffset.UtcNow.AddDays(-20) });
        var (_, manager, _, id) = ready;
        var before = await AssessmentApi.GetAsync(manager, id);

        // Act
        using var response = await AssessmentApi.PostAsync(manager, id, "extensions", new { newDueDate = Date(before, "dueDate").AddDays(30), reason = SpecialReasons });
        var after = await AssessmentApi.GetAsync(manager, id);

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(0, after.GetProperty("extensions").GetArrayLength());
        Assert.Equal(before.GetProperty("dueAt").GetDateTimeOffset(), after.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Given_an_extension_When_an_earlier_report_moves_the_statutory_date_past_and_it_is_decided_Then_it_is_late_against_the_law_not_against_the_extension()
    {
        // Arrange
        var (municipality, child) = (Municipalities.Next(), Guid.NewGuid());
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var decisions = await bus.ListenAsync<AssessmentDecided>();
        using var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        var id = await AssessmentApi.OpenReadyToDecideAsync(platform, manager, Reports.Registered(municipality, child));
        var dueDate = Date(await AssessmentApi.GetAsync(manager, id), "dueDate");
        using var extended = await AssessmentApi.PostAsync(manager, id, "extensions", new { newDueDate = dueDate.AddDays(10), reason = SpecialReasons });
        var earlier = Reports.Registered(municipality, child) with { CaseNumber = "2026-000002", ReceivedAt = DateTimeOffset.UtcNow.AddDays(-20) };
        await bus.PublishAsync(earlier, earlier.EventId);
        await AssessmentApi.ProtectionAssessedAsync(bus, manager, earlier);

        // Act
        using var decided = await AssessmentApi.DecideAsync(manager, id, "open-investigation");
        var assessment = await decided.Content.ReadFromJsonAsync<JsonElement>();
        var published = await decisions.WaitForAsync(e => e.AssessmentId == id);

        // Assert
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.OK], [extended.StatusCode, decided.StatusCode]);
        Assert.True(Date(assessment, "statutoryDueDate") < AssessmentApi.Today);
        Assert.Equal(dueDate.AddDays(10), Date(assessment, "dueDate"));
        var decision = assessment.GetProperty("decision");
        Assert.True(decision.GetProperty("lateAgainstStatute").GetBoolean());
        Assert.False(decision.GetProperty("lateAgainstExtension").GetBoolean());
        Assert.False(published.WithinStatutoryDeadline);
        Assert.True(published.WithinExtendedDeadline);
        Assert.Equal(assessment.GetProperty("statutoryDueAt").GetDateTimeOffset(), published.StatutoryDueAt);
        Assert.Equal(assessment.GetProperty("dueAt").GetDateTimeOffset(), published.ExtendedDueAt);
    }

    [Fact]
    public async Task Given_an_extended_assessment_When_a_later_report_joins_Then_the_report_keeps_its_own_statutory_date_visible()
    {
        // Arrange
        var (municipality, child) = (Municipalities.Next(), Guid.NewGuid());
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        using var manager = await platform.ForMunicipalityAsync(municipality, role: "enhetschef");
        var first = Reports.Registered(municipality, child) with { ReceivedAt = DateTimeOffset.UtcNow.AddDays(-3) };
        var id = await AssessmentApi.OpenReadyToDecideAsync(platform, manager, first);
        var opened = await AssessmentApi.GetAsync(manager, id);
        using var extended = await AssessmentApi.PostAsync(manager, id, "extensions", new { newDueDate = Date(opened, "dueDate").AddDays(10), reason = SpecialReasons });

        // Act
        var later = Reports.Registered(municipality, child) with { CaseNumber = "2026-000002" };
        await bus.PublishAsync(later, later.EventId);
        var joined = await ApiClients.EventuallyAsync<JsonElement?>(async () =>
        {
            var now = await AssessmentApi.GetAsync(manager, id);
            return now.GetProperty("reports").GetArrayLength() == 2 ? now : null;
        });

        // Assert
        Assert.Equal(HttpStatusCode.Created, extended.StatusCode);
        var reports = joined!.Value.GetProperty("reports");
        Assert.Equal(Date(opened, "statutoryDueDate"), Date(reports[0], "ownStatutoryDueDate"));
        Assert.Equal(Date(opened, "statutoryDueDate").AddDays(3), Date(reports[1], "ownStatutoryDueDate"));
        Assert.Equal(Date(opened, "statutoryDueDate"), Date(joined.Value, "statutoryDueDate"));
        Assert.Equal(Date(opened, "dueDate").AddDays(10), Date(joined.Value, "dueDate"));
    }
}
