using System.Globalization;

namespace Investigation.Tests.InProcess;

/// <summary>
/// An investigation is due at the end of the local day four months after it was opened (11 kap. 2 § SoL,
/// DOMAIN.md §5): across month ends, in a leap year, and on both days the clocks change; the service's
/// clock, moved by the test, decides when the worklist and the investigation mark it overdue.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class InvestigationDeadlineTests(InfrastructureFixture infrastructure)
{
    [Theory]
    // Month end: 31 October has no 31 February; the period ends on the last day of February (CET, +01:00).
    [InlineData("2026-10-31T10:00:00+01:00", "2027-02-28", "2027-02-28T23:00:00Z")]
    // Leap year: 2028 has 29 February.
    [InlineData("2027-10-31T10:00:00+01:00", "2028-02-29", "2028-02-29T23:00:00Z")]
    // Summer time starts on 2027-03-28: the day ends at midnight CEST, 22:00 UTC.
    [InlineData("2026-11-28T10:00:00+01:00", "2027-03-28", "2027-03-28T22:00:00Z")]
    // Summer time ends on 2026-10-25: that day has 25 hours and ends at midnight CET, 23:00 UTC.
    [InlineData("2026-06-25T10:00:00+02:00", "2026-10-25", "2026-10-25T23:00:00Z")]
    public async Task Given_an_investigation_opened_on_a_day_When_the_clock_passes_the_end_of_the_day_four_months_on_Then_it_is_marked_overdue(
        string opened, string dueDate, string dueAt)
    {
        // Arrange
        var openedAt = DateTimeOffset.Parse(opened, CultureInfo.InvariantCulture);
        var deadline = DateTimeOffset.Parse(dueAt, CultureInfo.InvariantCulture);
        await using var service = InvestigationHost.Start(infrastructure, openedAt.AddHours(1));
        using var client = service.Client();
        var id = await service.OpenAsync(infrastructure, client, service.Municipality, openedAt);
        var marks = new List<(bool Worklist, bool Investigation)>();

        // Act
        foreach (var now in new[] { openedAt.AddHours(1), deadline.AddSeconds(-1), deadline.AddSeconds(1) })
        {
            service.MoveClockTo(now);
            marks.Add(((await client.WorklistItemAsync(id)).GetProperty("overdue").GetBoolean(), (await client.GetAsync(id)).GetProperty("overdue").GetBoolean()));
        }

        // Assert
        var investigation = await client.GetAsync(id);
        Assert.Equal(new[] { (false, false), (false, false), (true, true) }, marks);
        Assert.Equal(dueDate, investigation.GetProperty("statutoryDueDate").GetString());
        Assert.Equal(deadline, investigation.GetProperty("statutoryDueAt").GetDateTimeOffset());
        Assert.Equal(deadline, investigation.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(openedAt, investigation.GetProperty("openedAt").GetDateTimeOffset());
    }
}
