namespace Assessment.Tests.InProcess;

/// <summary>
/// The initial assessment is due 14 days after receipt, at the end of the local day; the service's
/// clock, moved by the test, decides when the worklist and the assessment mark it overdue and whether
/// a decision was in time.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class AssessmentDeadlineTests(InfrastructureFixture infrastructure)
{
    // Received 2027-10-17: the 14th day is Sunday 2027-10-31, when summer time ends; that day ends at 23:00 UTC.
    private static readonly DateTimeOffset Received = new(2027, 10, 17, 9, 0, 0, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset Deadline = new(2027, 10, 31, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Given_an_open_assessment_When_the_clock_passes_the_end_of_its_14th_day_Then_the_worklist_and_the_assessment_mark_it_overdue()
    {
        // Arrange
        await using var service = AssessmentHost.Start(infrastructure, Received.AddHours(1));
        using var client = service.Client();
        var id = await service.OpenAnmalanAsync(client, infrastructure.AmqpUri, Received);
        var marks = new List<(bool Worklist, bool Assessment)>();

        // Act
        foreach (var now in new[] { Received.AddHours(1), Deadline.AddSeconds(-1), Deadline.AddSeconds(1), Deadline.AddDays(3) })
        {
            service.MoveClockTo(now);
            marks.Add(((await client.WorklistItemAsync(id)).GetProperty("overdue").GetBoolean(), (await client.GetAsync(id)).GetProperty("overdue").GetBoolean()));
        }

        // Assert
        Assert.Equal(new[] { (false, false), (false, false), (true, true), (true, true) }, marks);
        var item = await client.WorklistItemAsync(id);
        Assert.Equal("2027-10-31", item.GetProperty("dueDate").GetString());
        Assert.Equal(Deadline, item.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(1, true)]
    public async Task Given_an_open_assessment_When_decided_a_second_before_or_after_its_deadline_Then_the_decision_is_recorded_in_time_or_late(
        int secondsFromDeadline, bool late)
    {
        // Arrange
        await using var service = AssessmentHost.Start(infrastructure, Received.AddHours(1));
        using var client = service.Client();
        var id = await service.OpenAnmalanAsync(client, infrastructure.AmqpUri, Received);
        service.MoveClockTo(Deadline.AddSeconds(secondsFromDeadline));

        // Act
        var decided = await client.DecideAsync(id);

        // Assert
        var decision = decided.GetProperty("decision");
        Assert.Equal(late, decision.GetProperty("late").GetBoolean());
        Assert.Equal(!late, decision.GetProperty("withinDeadline").GetBoolean());
        Assert.Equal(Deadline.AddSeconds(secondsFromDeadline), decision.GetProperty("decidedAt").GetDateTimeOffset());
    }
}
