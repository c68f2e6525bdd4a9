namespace Platform.Rules.Tests;

public sealed class IndicatorMeasuresTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(90, 0)]
    [InlineData(91, 1)]
    [InlineData(123, 1)]
    [InlineData(124, 2)]
    [InlineData(400, 2)]
    public void Given_days_taken_When_banded_Then_exactly_one_of_huddinges_bands_holds_them(int days, int band)
    {
        // Arrange
        DayBand[] bands = [IndicatorMeasures.InvestigationWithin90Days, IndicatorMeasures.InvestigationWithin91To123Days, IndicatorMeasures.InvestigationOver123Days];

        // Act
        var holding = bands.Select((b, i) => (b, i)).Where(x => x.b.Contains(days)).Select(x => x.i).ToList();

        // Assert
        Assert.Equal([band], holding);
    }

    [Theory]
    [InlineData("2026-03-10T08:00:00+01:00", "2026-03-11T08:00:00+01:00", true)]
    [InlineData("2026-03-10T08:00:00+01:00", "2026-03-11T08:00:01+01:00", false)]
    [InlineData("2026-03-28T20:00:00+01:00", "2026-03-29T20:30:00+02:00", true)]
    public void Given_a_receipt_and_an_assessment_When_measured_Then_24_elapsed_hours_count_whatever_the_clock_change(string received, string assessed, bool within)
    {
        // Act
        var result = IndicatorMeasures.ProtectionAssessedWithinWindow(DateTimeOffset.Parse(received), DateTimeOffset.Parse(assessed));

        // Assert
        Assert.Equal(within, result);
        Assert.False(IndicatorMeasures.ProtectionAssessmentWindowSource.Verified);
    }
}
