using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Intake;

namespace Platform.EndToEndTests.Assessment;

[Collection(PlatformCollection.Name)]
public sealed class OpeningAssessmentTests(PlatformFixture platform)
{
    [Fact]
    public async Task Given_an_anmalan_When_it_is_registered_Then_a_statutory_assessment_opens_due_at_the_end_of_the_14th_local_day()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        using var client = await platform.ForMunicipalityAsync(municipality);
        var report = Reports.Registered(municipality, Guid.NewGuid()) with { ReceivedAt = new DateTimeOffset(2026, 11, 22, 16, 40, 0, TimeSpan.FromHours(1)) };

        // Act
        var assessment = await AssessmentApi.PublishAndWaitAsync(bus, client, report);

        // Assert
        Assert.Equal("open", assessment.GetProperty("status").GetString());
        Assert.True(assessment.GetProperty("isStatutory").GetBoolean());
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 23, 0, 0, TimeSpan.Zero), assessment.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("2026-12-06", assessment.GetProperty("dueDate").GetString());
        Assert.Equal(report.ReportId, assessment.GetProperty("reports")[0].GetProperty("reportId").GetGuid());
    }

    [Fact]
    public async Task Given_annan_kannedom_When_it_is_registered_Then_the_assessment_runs_under_the_municipal_rule()
    {
        // Arrange
        var municipality = Municipalities.Next();
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        using var client = await platform.ForMunicipalityAsync(municipality);
        var report = Reports.Registered(municipality, Guid.NewGuid()) with { Classification = Classification.AnnanKannedom };

        // Act
        var assessment = await AssessmentApi.PublishAndWaitAsync(bus, client, report);

        // Assert
        Assert.False(assessment.GetProperty("isStatutory").GetBoolean());
        Assert.Equal("initial-assessment", assessment.GetProperty("ruleId").GetString());
    }

    [Fact]
    public async Task Given_an_open_assessment_When_a_further_report_about_the_child_arrives_Then_it_joins_and_the_deadline_stays()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var child = Guid.NewGuid();
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        using var client = await platform.ForMunicipalityAsync(municipality);
        var first = await AssessmentApi.PublishAndWaitAsync(bus, client, Reports.Registered(municipality, child) with { ReceivedAt = DateTimeOffset.UtcNow.AddDays(-3) });
        var second = Reports.Registered(municipality, child) with { CaseNumber = "2026-000002" };

        // Act
        var joined = await AssessmentApi.PublishAndWaitAsync(bus, client, second);

        // Assert
        Assert.Equal(AssessmentApi.IdOf(first), AssessmentApi.IdOf(joined));
        Assert.Equal(first.GetProperty("dueAt").GetDateTimeOffset(), joined.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(2, joined.GetProperty("reports").GetArrayLength());
        Assert.Equal("joined-assessment", joined.GetProperty("reports")[1].GetProperty("disposition").GetString());
    }

    [Fact]
    public async Task Given_the_same_event_twice_When_consumed_Then_nothing_changes_the_second_time()
    {
        // Arrange
        var municipality = Municipalities.Next();
        var child = Guid.NewGuid();
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        using var client = await platform.ForMunicipalityAsync(municipality);
        var report = Reports.Registered(municipality, child);
        var first = await AssessmentApi.PublishAndWaitAsync(bus, client, report);

        // Act
        await bus.PublishAsync(report, report.EventId);
        await bus.PublishAsync(report with { EventId = Guid.NewGuid() }, Guid.NewGuid());
        var marker = await AssessmentApi.PublishAndWaitAsync(bus, client, Reports.Registered(municipality, child));

        // Assert
        Assert.Equal(AssessmentApi.IdOf(first), AssessmentApi.IdOf(marker));
        Assert.Equal(2, (await AssessmentApi.GetAsync(client, AssessmentApi.IdOf(first))).GetProperty("reports").GetArrayLength());
    }

    [Fact]
    public async Task Given_another_municipality_When_it_asks_for_the_assessment_Then_it_sees_nothing()
    {
        // Arrange
        var (municipality, other) = (Municipalities.Next(), Municipalities.Next());
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        using var client = await platform.ForMunicipalityAsync(municipality);
        using var stranger = await platform.ForMunicipalityAsync(other, role: "teamledare");
        var report = Reports.Registered(municipality, Guid.NewGuid());
        var assessment = await AssessmentApi.PublishAndWaitAsync(bus, client, report);

        // Act
        using var byReport = await stranger.GetAsync($"/api/assessment/reports/{report.ReportId}/assessment");
        using var byId = await stranger.GetAsync($"/api/assessment/assessments/{AssessmentApi.IdOf(assessment)}");
        using var decide = await AssessmentApi.DecideAsync(stranger, AssessmentApi.IdOf(assessment), "do-not-open");
        var worklist = await stranger.GetFromJsonAsync<JsonElement>("/api/assessment/worklist");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, byReport.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, decide.StatusCode);
        Assert.Equal(0, worklist.GetProperty("items").GetArrayLength());
    }
}
