using Assessment.Domain.Rules;
using Platform.Contracts;
using Platform.Contracts.Intake;

namespace Platform.UnitTests.Assessment;

public sealed class DeadlineTests
{
    private static DateTimeOffset Due(string receivedAt, Classification reportClass = Classification.Anmalan)
    {
        var received = DateTimeOffset.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture);
        return Deadlines.Due(RuleCatalogue.InitialAssessment(reportClass, received), received);
    }

    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Given_the_domain_example_When_the_assessment_deadline_is_computed_Then_it_ends_with_the_local_day_14_days_later()
    {
        // Act
        var due = Due("2026-11-22T16:40:00+01:00");

        // Assert: the end of 2026-12-06 in Stockholm (CET) is 23:00 UTC.
        Assert.Equal(Utc("2026-12-06T23:00:00Z"), due);
    }

    [Theory]
    [InlineData("2026-11-22T00:05:00+01:00")]
    [InlineData("2026-11-22T23:59:00+01:00")]
    public void Given_a_report_received_early_or_late_on_a_local_day_When_computed_Then_the_deadline_is_the_same(string receivedAt)
    {
        // Act
        var due = Due(receivedAt);

        // Assert
        Assert.Equal(Utc("2026-12-06T23:00:00Z"), due);
    }

    [Fact]
    public void Given_a_report_received_late_in_the_evening_local_time_but_the_next_day_in_utc_When_computed_Then_the_local_day_counts()
    {
        // Act: 23:30 in Stockholm on 22 November is still 22 November locally, 22:30 UTC.
        var evening = Due("2026-11-22T22:30:00Z");
        var afterMidnight = Due("2026-11-22T23:30:00Z");

        // Assert
        Assert.Equal(Utc("2026-12-06T23:00:00Z"), evening);
        Assert.Equal(Utc("2026-12-07T23:00:00Z"), afterMidnight);
    }

    [Fact]
    public void Given_a_period_that_crosses_the_spring_change_to_summer_time_When_computed_Then_it_ends_at_local_midnight_in_summer_time()
    {
        // Act: clocks go forward on 2026-03-29.
        var due = Due("2026-03-20T10:00:00+01:00");

        // Assert: the end of 2026-04-03 is 00:00 CEST (UTC+2).
        Assert.Equal(Utc("2026-04-03T22:00:00Z"), due);
    }

    [Fact]
    public void Given_a_period_that_crosses_the_autumn_change_to_winter_time_When_computed_Then_it_ends_at_local_midnight_in_winter_time()
    {
        // Act: clocks go back on 2026-10-25.
        var due = Due("2026-10-20T10:00:00+02:00");

        // Assert: the end of 2026-11-03 is 00:00 CET (UTC+1).
        Assert.Equal(Utc("2026-11-03T23:00:00Z"), due);
    }

    [Fact]
    public void Given_a_report_received_on_the_day_of_the_change_When_computed_Then_the_period_counts_local_days()
    {
        // Act: 02:30 local does not exist on 2026-03-29; 03:30 CEST is 01:30 UTC.
        var due = Due("2026-03-29T01:30:00Z");

        // Assert
        Assert.Equal(Utc("2026-04-12T22:00:00Z"), due);
    }

    [Theory]
    [InlineData("2026-01-31T12:00:00+01:00", "2026-02-14T23:00:00Z")]
    [InlineData("2026-02-20T12:00:00+01:00", "2026-03-06T23:00:00Z")]
    [InlineData("2028-02-20T12:00:00+01:00", "2028-03-05T23:00:00Z")]
    [InlineData("2026-12-25T12:00:00+01:00", "2027-01-08T23:00:00Z")]
    public void Given_a_period_across_a_month_or_year_end_When_computed_Then_calendar_days_are_counted(string receivedAt, string expected)
    {
        // Act
        var due = Due(receivedAt);

        // Assert
        Assert.Equal(Utc(expected), due);
    }

    [Fact]
    public void Given_an_investigation_opened_on_the_last_of_a_month_When_four_months_are_counted_Then_it_ends_with_the_shorter_months_last_day()
    {
        // Act
        var opened = Utc("2026-10-31T10:00:00+01:00");
        var due = Deadlines.Due(RuleCatalogue.For(RuleIds.Investigation, StockholmCalendar.LocalDate(opened)), opened);

        // Assert: the end of 2027-02-28.
        Assert.Equal(Utc("2027-02-28T23:00:00Z"), due);
    }

    [Fact]
    public void Given_annan_kannedom_When_the_rule_is_looked_up_Then_it_is_the_same_period_but_not_statutory()
    {
        // Act
        var anmalan = RuleCatalogue.InitialAssessment(Classification.Anmalan, Utc("2026-11-22T12:00:00Z"));
        var annan = RuleCatalogue.InitialAssessment(Classification.AnnanKannedom, Utc("2026-11-22T12:00:00Z"));

        // Assert
        Assert.True(anmalan.IsStatutory);
        Assert.False(annan.IsStatutory);
        Assert.Equal(anmalan.Period, annan.Period);
        Assert.Equal(Due("2026-11-22T12:00:00Z"), Due("2026-11-22T12:00:00Z", Classification.AnnanKannedom));
    }

    [Fact]
    public void Given_the_feedback_rule_When_counted_from_a_decision_Then_it_ends_with_the_seventh_local_day()
    {
        // Act
        var decided = Utc("2026-11-30T15:00:00Z");
        var due = Deadlines.Due(RuleCatalogue.For(RuleIds.ReporterFeedback, StockholmCalendar.LocalDate(decided)), decided);

        // Assert
        Assert.Equal(Utc("2026-12-07T23:00:00Z"), due);
    }
}
