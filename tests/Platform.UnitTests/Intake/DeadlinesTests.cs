using Intake.Domain.Rules;
using Platform.Contracts;

namespace Platform.UnitTests.Intake;

public sealed class DeadlinesTests
{
    [Fact]
    public void Given_a_report_the_day_before_summer_time_starts_When_the_24_hour_deadline_is_computed_Then_it_is_24_real_hours_later()
    {
        // Arrange: 2026-03-29 02:00 local becomes 03:00, so that local day has 23 hours.
        var received = DateTimeOffset.Parse("2026-03-28T10:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture);

        // Act
        var due = Deadlines.DueAt(RuleIds.ProtectionAssessment, received);

        // Assert
        Assert.Equal(TimeSpan.FromHours(24), due - received);
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T11:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void Given_a_report_the_day_before_winter_time_starts_When_the_24_hour_deadline_is_computed_Then_it_is_24_real_hours_later()
    {
        // Arrange: 2026-10-25 03:00 local becomes 02:00, so that local day has 25 hours.
        var received = DateTimeOffset.Parse("2026-10-24T10:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture);

        // Act
        var due = Deadlines.DueAt(RuleIds.ProtectionAssessment, received);

        // Assert
        Assert.Equal(DateTimeOffset.Parse("2026-10-25T09:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void Given_the_domain_example_When_the_14_day_deadline_is_computed_Then_it_ends_with_the_local_day_reached()
    {
        // Arrange: DOMAIN.md §5, received 2026-11-22 16:40, due at the end of 2026-12-06.
        var received = DateTimeOffset.Parse("2026-11-22T16:40:00+01:00", System.Globalization.CultureInfo.InvariantCulture);

        // Act
        var due = Deadlines.DueAt(RuleIds.InitialAssessment, received);

        // Assert
        Assert.Equal(DateTimeOffset.Parse("2026-12-07T00:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void Given_a_14_day_period_across_the_start_of_summer_time_When_computed_Then_it_ends_at_local_midnight_in_summer_time()
    {
        // Arrange
        var received = DateTimeOffset.Parse("2026-03-20T10:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture);

        // Act
        var due = Deadlines.DueAt(RuleIds.InitialAssessment, received);

        // Assert
        Assert.Equal(DateTimeOffset.Parse("2026-04-04T00:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture), due);
        Assert.Equal(new DateTimeOffset(2026, 4, 3, 22, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void Given_a_14_day_period_across_the_end_of_summer_time_When_computed_Then_it_ends_at_local_midnight_in_winter_time()
    {
        // Arrange
        var received = DateTimeOffset.Parse("2026-10-20T10:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture);

        // Act
        var due = Deadlines.DueAt(RuleIds.InitialAssessment, received);

        // Assert
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 23, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void Given_a_receipt_after_local_midnight_but_before_utc_midnight_When_computed_Then_the_local_date_counts()
    {
        // Arrange: 2026-11-23 00:30 in Stockholm is still 2026-11-22 in UTC.
        var received = new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero);

        // Act
        var due = Deadlines.DueAt(RuleIds.InitialAssessment, received);

        // Assert
        Assert.Equal(DateTimeOffset.Parse("2026-12-08T00:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void Given_a_month_period_from_the_31st_When_computed_Then_it_ends_with_the_last_day_of_the_shorter_month()
    {
        // Arrange: DOMAIN.md §5, an investigation opened 2026-10-31 is due at the end of 2027-02-28.
        var rule = new DeadlineRule(RuleIds.Investigation, RulePeriod.Months(4), "11 kap. 2 § SoL", RuleBasis.Statutory, new DateOnly(2013, 1, 1));
        var opened = DateTimeOffset.Parse("2026-10-31T14:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture);

        // Act
        var due = Deadlines.DueAt(rule, opened);

        // Assert
        Assert.Equal(DateTimeOffset.Parse("2027-03-01T00:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void Given_the_deadline_instant_When_checked_Then_it_is_not_yet_overdue_but_a_tick_later_it_is()
    {
        // Arrange
        var due = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

        // Act
        var atDue = Deadlines.IsOverdue(due, due);
        var after = Deadlines.IsOverdue(due, due.AddTicks(1));

        // Assert
        Assert.False(atDue);
        Assert.True(after);
    }

    [Fact]
    public void Given_a_date_before_the_rule_existed_When_the_rule_in_force_is_asked_for_Then_it_says_so()
    {
        // Act
        var error = Assert.Throws<InvalidOperationException>(() => RuleCatalogue.InForce(RuleIds.ProtectionAssessment, new DateOnly(2012, 12, 31)));

        // Assert
        Assert.Contains(RuleIds.ProtectionAssessment, error.Message, StringComparison.Ordinal);
    }
}
