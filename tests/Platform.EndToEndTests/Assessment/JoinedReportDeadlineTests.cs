using System.Text.Json;
using Platform.Contracts.Assessment;
using Platform.Contracts.Intake;

namespace Platform.EndToEndTests.Assessment;

/// <summary>Joined reports run from the earliest receipt, and no deadline moves without an event.</summary>
[Collection(PlatformCollection.Name)]
public sealed class JoinedReportDeadlineTests(PlatformFixture platform)
{
    private static async Task<JsonElement> WhenAsync(HttpClient client, Guid id, Func<JsonElement, bool> condition) =>
        (await ApiClients.EventuallyAsync<JsonElement?>(async () =>
        {
            var assessment = await AssessmentApi.GetAsync(client, id);
            return condition(assessment) ? assessment : null;
        }))!.Value;

    [Fact]
    public async Task Given_an_open_assessment_When_a_report_received_earlier_is_registered_later_Then_the_deadline_moves_earlier_and_an_event_says_so()
    {
        // Arrange
        var (municipality, child) = (Municipalities.Next(), Guid.NewGuid());
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var changes = await bus.ListenAsync<AssessmentDeadlineChanged>();
        using var client = await platform.ForMunicipalityAsync(municipality);
        var first = await AssessmentApi.PublishAndWaitAsync(bus, client, Reports.Registered(municipality, child) with { ReceivedAt = DateTimeOffset.UtcNow.AddDays(-1) });
        var id = AssessmentApi.IdOf(first);
        var earlier = Reports.Registered(municipality, child) with { CaseNumber = "2026-000002", ReceivedAt = DateTimeOffset.UtcNow.AddDays(-5) };

        // Act
        await bus.PublishAsync(earlier, earlier.EventId);
        var joined = await WhenAsync(client, id, a => a.GetProperty("reports").GetArrayLength() == 2);
        var change = await changes.WaitForAsync(e => e.AssessmentId == id);

        // Assert
        var firstDue = first.GetProperty("dueAt").GetDateTimeOffset();
        Assert.Equal(firstDue.AddDays(-4), joined.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(DeadlineChangeReason.EarlierReportJoined, change.Reason);
        Assert.Equal(earlier.ReportId, change.ReportId);
        Assert.Equal(firstDue, change.PreviousDueAt);
        Assert.Equal(joined.GetProperty("dueAt").GetDateTimeOffset(), change.DueAt);
        Assert.Equal(change.DueAt, change.StatutoryDueAt);
    }

    [Fact]
    public async Task Given_an_assessment_of_two_reports_When_the_earliest_becomes_an_ansokan_Then_the_deadline_moves_later_and_an_event_says_so()
    {
        // Arrange
        var (municipality, child) = (Municipalities.Next(), Guid.NewGuid());
        await using var bus = await TestBus.StartAsync(platform.AmqpUri);
        var changes = await bus.ListenAsync<AssessmentDeadlineChanged>();
        using var client = await platform.ForMunicipalityAsync(municipality);
        var earliest = Reports.Registered(municipality, child) with { ReceivedAt = DateTimeOffset.UtcNow.AddDays(-5) };
        var id = AssessmentApi.IdOf(await AssessmentApi.PublishAndWaitAsync(bus, client, earliest));
        var later = await AssessmentApi.PublishAndWaitAsync(bus, client, Reports.Registered(municipality, child) with { CaseNumber = "2026-000002", ReceivedAt = DateTimeOffset.UtcNow.AddDays(-1) });
        var dueBefore = later.GetProperty("dueAt").GetDateTimeOffset();
        var reclassified = new ReportReclassified
        {
            EventId = Guid.NewGuid(),
            TenantId = municipality,
            OccurredAt = DateTimeOffset.UtcNow,
            ReportId = earliest.ReportId,
            ChildId = child,
            From = Classification.Anmalan,
            To = Classification.Ansokan,
            ReceivedAt = earliest.ReceivedAt,
            ReclassifiedByRole = "handlaggare",
        };

        // Act
        await bus.PublishAsync(reclassified, reclassified.EventId);
        var remaining = await WhenAsync(client, id, a => a.GetProperty("reports").GetArrayLength() == 1);
        var change = await changes.WaitForAsync(e => e.AssessmentId == id && e.Reason == DeadlineChangeReason.ReportLeft);

        // Assert
        Assert.Equal(dueBefore.AddDays(4), remaining.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(dueBefore, change.PreviousDueAt);
        Assert.Equal(remaining.GetProperty("dueAt").GetDateTimeOffset(), change.DueAt);
        Assert.Equal(earliest.ReportId, change.ReportId);
    }
}
