using Quality.Domain.Indicators;

namespace Quality.Tests.Unit;

public sealed class ReportingPeriodTests
{
    [Theory]
    [InlineData("2026-11", "month", "2026-11-01", "2026-11-30")]
    [InlineData("2026-Q1", "quarter", "2026-01-01", "2026-03-31")]
    [InlineData("2028-02", "month", "2028-02-01", "2028-02-29")]
    [InlineData("2026", "year", "2026-01-01", "2026-12-31")]
    [InlineData("2022..2026", "range", "2022-01-01", "2026-12-31")]
    [InlineData("2025-07..2026-Q1", "range", "2025-07-01", "2026-03-31")]
    public void Given_a_period_text_When_parsed_Then_it_covers_its_local_dates(string text, string kind, string from, string to)
    {
        // Act
        var period = ReportingPeriod.TryParse(text);

        // Assert
        Assert.NotNull(period);
        Assert.Equal(kind, period.Kind);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("26-01")]
    [InlineData("")]
    [InlineData("2026..2022")]
    [InlineData("2022..2024..2026")]
    [InlineData("2022..")]
    public void Given_a_text_that_is_no_period_When_parsed_Then_it_is_refused(string text) =>
        Assert.Null(ReportingPeriod.TryParse(text));

    [Theory]
    [InlineData("2012-05", "2026-10-05", "13-17")]
    [InlineData("2012-11", "2026-10-05", "13-17")]
    [InlineData("2020-03", "2026-10-10", "0-6")]
    [InlineData("2008-10", "2026-10-01", "18-20")]
    [InlineData(null, "2026-10-01", "unknown")]
    public void Given_a_birth_month_When_banded_Then_the_age_in_the_month_counted_decides(string? born, string on, string band) =>
        Assert.Equal(band, AgeBands.At(born, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));
}
