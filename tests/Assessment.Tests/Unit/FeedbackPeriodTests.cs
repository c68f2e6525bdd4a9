using Assessment.Domain.Settings;
using Platform.Rules;

namespace Assessment.Tests.Unit;

public sealed class FeedbackPeriodTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void Given_no_municipal_setting_When_the_feedback_period_is_looked_up_Then_it_is_the_catalogues_seven_days()
    {
        // Act
        var period = MunicipalSettings.FeedbackPeriod(null, Today);

        // Assert
        Assert.Equal(RulePeriod.Days(7), period);
    }

    [Fact]
    public void Given_a_municipality_that_tightened_the_rule_When_looked_up_Then_its_shorter_period_applies()
    {
        // Act
        var period = MunicipalSettings.FeedbackPeriod(new MunicipalSettings { ReporterFeedbackDays = 3 }, Today);

        // Assert
        Assert.Equal(RulePeriod.Days(3), period);
    }

    [Fact]
    public void Given_a_stored_setting_longer_than_the_catalogue_When_looked_up_Then_it_cannot_loosen_the_rule()
    {
        // Act
        var period = MunicipalSettings.FeedbackPeriod(new MunicipalSettings { ReporterFeedbackDays = 30 }, Today);

        // Assert
        Assert.Equal(RulePeriod.Days(7), period);
    }
}
