namespace Intake.Tests.InProcess;

/// <summary>The worklist marks a report overdue once its protection assessment is late, by the service's clock as the test moves it.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class WorklistOverdueTests(InfrastructureFixture infrastructure)
{
    // Sunday 2027-03-28, summer time started at 02:00: the day ends at 22:00 UTC.
    private static readonly DateTimeOffset SpringReceipt = new(2027, 3, 28, 10, 0, 0, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset SpringDeadline = new(2027, 3, 28, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Given_an_anmalan_received_on_the_day_summer_time_starts_When_the_clock_passes_the_end_of_that_day_Then_it_is_marked_overdue_only_after_it()
    {
        // Arrange
        await using var intake = IntakeHost.Start(infrastructure, SpringReceipt.AddMinutes(5));
        using var client = intake.Client();
        var reportId = (await client.RegisterAsync(IntakeRequests.Report(SpringReceipt))).ReportId();
        var marks = new List<bool>();

        // Act
        foreach (var now in new[] { SpringDeadline.AddSeconds(-1), SpringDeadline, SpringDeadline.AddSeconds(1), SpringDeadline.AddDays(1) })
        {
            intake.MoveClockTo(now);
            marks.Add((await client.WorklistItemAsync(reportId)).GetProperty("overdue").GetBoolean());
        }

        // Assert: a duty done at the due instant is in time; it is late only after it.
        Assert.Equal(new[] { false, false, true, true }, marks);
    }

    [Fact]
    public async Task Given_an_anmalan_received_after_the_cut_off_the_day_before_summer_time_ends_When_the_25_hour_day_passes_Then_it_is_overdue_only_after_its_last_hour()
    {
        // Arrange: Saturday 16:00, after the cut-off, so the duty falls on Sunday 2027-10-31, which ends at 23:00 UTC.
        var received = new DateTimeOffset(2027, 10, 30, 16, 0, 0, TimeSpan.FromHours(2));
        await using var intake = IntakeHost.Start(infrastructure, received.AddMinutes(5));
        using var client = intake.Client();
        var reportId = (await client.RegisterAsync(IntakeRequests.Report(received))).ReportId();
        var marks = new List<bool>();

        // Act: past midnight on Saturday; 23:30 local on Sunday (22:30 UTC, after midnight were the offset still +02:00); 00:30 on Monday.
        foreach (var now in new[] { new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2027, 10, 31, 22, 30, 0, TimeSpan.Zero), new DateTimeOffset(2027, 10, 31, 23, 30, 0, TimeSpan.Zero) })
        {
            intake.MoveClockTo(now);
            marks.Add((await client.WorklistItemAsync(reportId)).GetProperty("overdue").GetBoolean());
        }

        // Assert
        Assert.Equal(new[] { false, false, true }, marks);
    }

    [Fact]
    public async Task Given_an_overdue_anmalan_When_its_protection_assessment_is_recorded_Then_it_is_recorded_late_and_no_longer_marked_overdue()
    {
        // Arrange
        await using var intake = IntakeHost.Start(infrastructure, SpringReceipt.AddMinutes(5));
        using var client = intake.Client();
        var reportId = (await client.RegisterAsync(IntakeRequests.Report(SpringReceipt))).ReportId();
        intake.MoveClockTo(SpringDeadline.AddMinutes(30));
        Assert.True((await client.WorklistItemAsync(reportId)).GetProperty("overdue").GetBoolean());

        // Act
        var recorded = await client.AssessAsync(reportId, IntakeRequests.ProtectionAssessment(intake.Clock.GetUtcNow()));

        // Assert
        Assert.True(recorded.GetProperty("late").GetBoolean());
        Assert.False(recorded.GetProperty("withinDeadline").GetBoolean());
        var item = await client.WorklistItemAsync(reportId);
        Assert.Equal("protection-assessed", item.GetProperty("status").GetString());
        Assert.False(item.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Given_an_anmalan_When_its_protection_assessment_was_made_at_the_due_instant_and_recorded_later_Then_it_counts_as_in_time()
    {
        // Arrange
        await using var intake = IntakeHost.Start(infrastructure, SpringReceipt.AddMinutes(5));
        using var client = intake.Client();
        var reportId = (await client.RegisterAsync(IntakeRequests.Report(SpringReceipt))).ReportId();
        intake.MoveClockTo(SpringDeadline.AddHours(9));

        // Act
        var recorded = await client.AssessAsync(reportId, IntakeRequests.ProtectionAssessment(SpringDeadline));

        // Assert
        Assert.True(recorded.GetProperty("withinDeadline").GetBoolean());
        Assert.False(recorded.GetProperty("late").GetBoolean());
    }
}
