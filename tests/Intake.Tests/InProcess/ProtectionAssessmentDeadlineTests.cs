using System.Globalization;

namespace Intake.Tests.InProcess;

/// <summary>
/// The immediate protection assessment is due by the end of the local day of receipt (Europe/Stockholm),
/// or of the next day when the report arrives after the cut-off (15:00 by default), on the days the
/// clocks change too. The service's clock stands a few minutes after the receipt.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ProtectionAssessmentDeadlineTests(InfrastructureFixture infrastructure)
{
    public static TheoryData<string, string> Receipts => new()
    {
        // an ordinary winter day, around the cut-off
        { "2027-01-14T14:59:00+01:00", "2027-01-14T23:00:00Z" },
        { "2027-01-14T15:00:00+01:00", "2027-01-14T23:00:00Z" },
        { "2027-01-14T15:00:01+01:00", "2027-01-15T23:00:00Z" },
        // summer time starts on Sunday 2027-03-28: that day has 23 hours and ends at 22:00 UTC
        { "2027-03-27T16:00:00+01:00", "2027-03-28T22:00:00Z" },
        { "2027-03-28T14:59:00+02:00", "2027-03-28T22:00:00Z" },
        { "2027-03-28T15:01:00+02:00", "2027-03-29T22:00:00Z" },
        // summer time ends on Sunday 2027-10-31: that day has 25 hours and ends at 23:00 UTC
        { "2027-10-30T16:00:00+02:00", "2027-10-31T23:00:00Z" },
        { "2027-10-31T14:59:00+01:00", "2027-10-31T23:00:00Z" },
        { "2027-10-31T15:01:00+01:00", "2027-11-01T23:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(Receipts))]
    public async Task Given_an_anmalan_received_at_a_time_When_registered_Then_its_protection_assessment_is_due_at_the_end_of_the_right_local_day(
        string receivedAt, string dueAt)
    {
        // Arrange
        var received = DateTimeOffset.Parse(receivedAt, CultureInfo.InvariantCulture);
        await using var intake = IntakeHost.Start(infrastructure, received.AddMinutes(5));
        using var client = intake.Client();

        // Act
        var registered = await client.RegisterAsync(IntakeRequests.Report(received));

        // Assert
        var expected = DateTimeOffset.Parse(dueAt, CultureInfo.InvariantCulture);
        Assert.Equal(expected, registered.GetProperty("protectionAssessmentDueAt").GetDateTimeOffset());
        var stored = await client.ReportAsync(registered.ReportId());
        Assert.Equal(expected, stored.GetProperty("protectionAssessmentDueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Given_an_annan_kannedom_When_registered_and_a_month_passes_Then_it_has_no_protection_deadline_and_is_never_overdue()
    {
        // Arrange
        var received = new DateTimeOffset(2027, 3, 27, 16, 0, 0, TimeSpan.FromHours(1));
        await using var intake = IntakeHost.Start(infrastructure, received.AddMinutes(5));
        using var client = intake.Client();

        // Act
        var registered = await client.RegisterAsync(IntakeRequests.Report(received, classification: "annan-kannedom"));
        intake.Clock.Advance(TimeSpan.FromDays(31));

        // Assert
        Assert.Equal(System.Text.Json.JsonValueKind.Null, registered.GetProperty("protectionAssessmentDueAt").ValueKind);
        var item = await client.WorklistItemAsync(registered.ReportId());
        Assert.False(item.GetProperty("overdue").GetBoolean());
    }
}
