using System.Net;
using System.Net.Http.Json;

namespace Assessment.Tests.InProcess;

/// <summary>
/// A mandatory reporter who asked is told the outcome within the municipality's feedback period
/// (seven days in the catalogue; the municipality may tighten it), counted from the decision.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class FeedbackDeadlineTests(InfrastructureFixture infrastructure)
{
    private static readonly DateTimeOffset Received = new(2027, 3, 20, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Given_a_municipality_that_tightened_feedback_to_three_days_When_it_decides_before_summer_time_starts_Then_feedback_is_due_at_the_end_of_the_third_day_and_overdue_after_it()
    {
        // Arrange
        var decidedAt = new DateTimeOffset(2027, 3, 26, 10, 0, 0, TimeSpan.FromHours(1));
        var due = new DateTimeOffset(2027, 3, 29, 22, 0, 0, TimeSpan.Zero);
        await using var service = AssessmentHost.Start(infrastructure, Received.AddHours(1));
        using var manager = service.Client(role: "enhetschef");
        using (var settings = await manager.PutAsJsonAsync("/api/assessment/settings", new { reporterFeedbackDays = 3 }))
        {
            await AssessmentApi.ExpectAsync(settings, HttpStatusCode.OK);
        }

        var id = await service.OpenAnmalanAsync(manager, infrastructure.AmqpUri, Received);
        service.MoveClockTo(decidedAt);

        // Act
        var decided = await manager.DecideAsync(id);
        var marks = new List<bool>();
        foreach (var now in new[] { due.AddSeconds(-1), due.AddSeconds(1) })
        {
            service.MoveClockTo(now);
            marks.Add((await manager.FeedbackItemAsync(id)).GetProperty("overdue").GetBoolean());
        }

        // Assert
        var task = Assert.Single(decided.GetProperty("feedbackTasks").EnumerateArray());
        Assert.Equal(due, task.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("2027-03-29", (await manager.FeedbackItemAsync(id)).GetProperty("dueDate").GetString());
        Assert.Equal(new[] { false, true }, marks);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(1, false)]
    public async Task Given_a_decided_assessment_When_feedback_is_given_a_minute_before_or_after_it_is_due_Then_it_is_recorded_in_time_or_not(
        int minutesFromDue, bool withinDeadline)
    {
        // Arrange: the catalogue's seven days, from a decision on 2027-03-24: due at the end of 2027-03-31 (summer time).
        var due = new DateTimeOffset(2027, 3, 31, 22, 0, 0, TimeSpan.Zero);
        await using var service = AssessmentHost.Start(infrastructure, Received.AddHours(1));
        using var caseworker = service.Client();
        var id = await service.OpenAnmalanAsync(caseworker, infrastructure.AmqpUri, Received);
        service.MoveClockTo(new DateTimeOffset(2027, 3, 24, 14, 0, 0, TimeSpan.FromHours(1)));
        await caseworker.DecideAsync(id);
        service.MoveClockTo(due.AddMinutes(minutesFromDue));

        // Act
        using var response = await caseworker.PostAsJsonAsync($"/api/assessment/assessments/{id}/feedback", new { });

        // Assert
        var given = await AssessmentApi.ExpectAsync(response, HttpStatusCode.OK);
        Assert.Equal(due, given.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(withinDeadline, given.GetProperty("withinDeadline").GetBoolean());
    }
}
