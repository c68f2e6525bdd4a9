using System.Net.Http.Json;
using Platform.Contracts.Investigation;

namespace Placements.Tests.InProcess;

/// <summary>
/// The placement's duties come from the rule catalogue, counted on the Stockholm calendar from the start, and
/// after each recording from its day; each deadline is the end of a local day, across month ends and both
/// daylight-saving changes. The service's clock, moved by the test, decides the overdue marks.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class DutyDeadlineTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task Given_a_placement_started_on_31_January_When_read_Then_the_care_plan_is_due_at_the_end_of_its_30th_day_and_overdue_after()
    {
        // Arrange
        var now = new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.FromHours(1));
        await using var service = PlacementsHost.Start(infrastructure, now);
        using var client = service.Client();
        var id = await PlacementsApi.StartedAsync(client, infrastructure.AmqpUri, PlacementsApi.Decided(service.Municipality, now.AddDays(-2)), new DateOnly(2027, 1, 31));
        var deadline = new DateTimeOffset(2027, 3, 2, 23, 0, 0, TimeSpan.Zero);

        // Act
        var before = await PlacementsApi.DutyAsync(client, id, "care-plan");
        service.MoveClockTo(deadline.AddSeconds(1));
        var after = await PlacementsApi.DutyAsync(client, id, "care-plan");

        // Assert
        Assert.Equal(deadline, before.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("2027-03-02", before.GetProperty("dueDate").GetString());
        Assert.False(before.GetProperty("overdue").GetBoolean());
        Assert.True(after.GetProperty("overdue").GetBoolean());
        Assert.StartsWith("Overdue", after.GetProperty("status").GetString());
    }

    [Theory]
    // Into a leap February: six months from 31 August end on 29 February (winter time, UTC+1).
    [InlineData("2027-08-31", "2028-02-29T23:00:00Z")]
    // To the day summer time begins (28 March 2027): that day ends at 22:00 UTC.
    [InlineData("2026-09-28", "2027-03-28T22:00:00Z")]
    // To the day before summer time ends (31 October 2027): still UTC+2.
    [InlineData("2027-04-30", "2027-10-30T22:00:00Z")]
    public async Task Given_a_placement_When_started_Then_the_first_review_is_due_six_months_later_at_the_end_of_the_local_day(string startedOn, string dueAt)
    {
        // Arrange
        var start = DateOnly.Parse(startedOn, System.Globalization.CultureInfo.InvariantCulture);
        var now = new DateTimeOffset(start.AddDays(1).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        await using var service = PlacementsHost.Start(infrastructure, now);
        using var client = service.Client();

        // Act
        var id = await PlacementsApi.StartedAsync(client, infrastructure.AmqpUri, PlacementsApi.Decided(service.Municipality, now.AddDays(-3)), start);

        // Assert
        Assert.Equal(DateTimeOffset.Parse(dueAt, System.Globalization.CultureInfo.InvariantCulture), (await PlacementsApi.DutyAsync(client, id, "review")).GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Given_a_review_entered_by_the_secretary_When_the_meeting_was_on_31_October_Then_the_next_review_counts_six_months_from_the_meeting()
    {
        // Arrange
        var now = new DateTimeOffset(2027, 5, 1, 10, 0, 0, TimeSpan.Zero);
        await using var service = PlacementsHost.Start(infrastructure, now);
        using var client = service.Client();
        using var secretary = service.Client(role: "namndsekreterare", qualified: false);
        var id = await PlacementsApi.StartedAsync(client, infrastructure.AmqpUri, PlacementsApi.Decided(service.Municipality, now.AddDays(-2), basis: LegalBasis.Lvu3), new DateOnly(2027, 4, 30));
        service.MoveClockTo(new DateTimeOffset(2027, 11, 1, 9, 0, 0, TimeSpan.FromHours(1)));

        // Act
        var reviewed = await PlacementsApi.RecordAsync(secretary, id, "reviews",
            new { kind = "lvu-reexamination", meetingDate = "2027-10-31", protocolParagraph = "§ 88", careContinues = true });

        // Assert
        var next = reviewed.GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "review");
        Assert.Equal(new DateTimeOffset(2028, 4, 30, 22, 0, 0, TimeSpan.Zero), next.GetProperty("dueAt").GetDateTimeOffset());
        var record = reviewed.GetProperty("records").EnumerateArray().Single();
        Assert.Equal("namnd", record.GetProperty("recordedByRole").GetString());
        Assert.Equal("§ 88", record.GetProperty("protocolParagraph").GetString());
        Assert.False(record.GetProperty("withinDeadline").GetBoolean());
    }

    [Fact]
    public async Task Given_a_child_in_the_same_foster_home_When_two_years_pass_and_custody_transfer_is_considered_Then_the_next_is_due_twelve_months_from_the_consideration()
    {
        // Arrange
        var now = new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);
        await using var service = PlacementsHost.Start(infrastructure, now);
        using var client = service.Client();
        var home = await PlacementsApi.FosterHomeAsync(client, new DateOnly(2026, 12, 1));
        var id = await PlacementsApi.StartedAsync(client, infrastructure.AmqpUri,
            PlacementsApi.Decided(service.Municipality, now.AddDays(-2), PlacementType.FosterHomeOwn), new DateOnly(2027, 2, 28), home);
        var first = await PlacementsApi.DutyAsync(client, id, "custody-transfer-consideration");
        service.MoveClockTo(new DateTimeOffset(2029, 2, 21, 10, 0, 0, TimeSpan.Zero));

        // Act
        var considered = await PlacementsApi.RecordAsync(client, id, "custody-transfer-considerations", new { doneOn = "2029-02-20" });

        // Assert
        Assert.Equal(new DateTimeOffset(2029, 2, 28, 23, 0, 0, TimeSpan.Zero), first.GetProperty("dueAt").GetDateTimeOffset());
        var next = considered.GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "custody-transfer-consideration");
        Assert.Equal(new DateTimeOffset(2030, 2, 20, 23, 0, 0, TimeSpan.Zero), next.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Given_a_municipality_that_visits_every_two_months_When_a_visit_is_recorded_Then_the_next_is_due_two_months_from_the_visit()
    {
        // Arrange
        var now = new DateTimeOffset(2027, 1, 16, 10, 0, 0, TimeSpan.Zero);
        await using var service = PlacementsHost.Start(infrastructure, now);
        using var client = service.Client();
        using var manager = service.Client(role: "enhetschef");
        using (var settings = await manager.PutAsJsonAsync("/api/placements/settings", new { visitEveryMonths = 2 }))
        {
            await PlacementsApi.ExpectAsync(settings, System.Net.HttpStatusCode.OK);
        }

        var id = await PlacementsApi.StartedAsync(client, infrastructure.AmqpUri, PlacementsApi.Decided(service.Municipality, now.AddDays(-2)), new DateOnly(2027, 1, 15));
        var first = await PlacementsApi.DutyAsync(client, id, "visit");
        service.MoveClockTo(new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.Zero));

        // Act
        var visited = await PlacementsApi.RecordAsync(client, id, "visits", new { doneOn = "2027-02-28", individualConversation = true });

        // Assert
        Assert.Equal(new DateTimeOffset(2027, 3, 15, 23, 0, 0, TimeSpan.Zero), first.GetProperty("dueAt").GetDateTimeOffset());
        var next = visited.GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "visit");
        Assert.Equal(new DateTimeOffset(2027, 4, 28, 22, 0, 0, TimeSpan.Zero), next.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Given_LVU_care_of_a_child_under_18_When_it_ends_Then_the_follow_up_is_due_within_six_months_on_the_worklist()
    {
        // Arrange
        var now = new DateTimeOffset(2027, 6, 1, 10, 0, 0, TimeSpan.Zero);
        await using var service = PlacementsHost.Start(infrastructure, now);
        using var client = service.Client();
        var id = await PlacementsApi.StartedAsync(client, infrastructure.AmqpUri, PlacementsApi.Decided(service.Municipality, now.AddDays(-40), basis: LegalBasis.Lvu2), new DateOnly(2027, 4, 25));

        // Act
        await PlacementsApi.RecordAsync(client, id, "end", new { endedOn = "2027-05-31", ending = "planned", reason = "moved-home" });
        var worklist = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/placements/worklist");

        // Assert
        var item = worklist.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("placementId").GetGuid() == id);
        Assert.Equal("post-lvu-follow-up", item.GetProperty("duty").GetProperty("kind").GetString());
        Assert.Equal(new DateTimeOffset(2027, 11, 30, 23, 0, 0, TimeSpan.Zero), item.GetProperty("duty").GetProperty("dueAt").GetDateTimeOffset());
    }
}
