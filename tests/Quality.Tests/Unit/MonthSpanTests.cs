using Quality.Features.GetIndicators;

namespace Quality.Tests.Unit;

public sealed class MonthSpanTests
{
    [Theory]
    [InlineData("2022-01", "2026-12", "2022", "2026", "")]
    [InlineData("2022-01", "2026-11", "2022", "2025", "2026-01 2026-02 2026-03 2026-04 2026-05 2026-06 2026-07 2026-08 2026-09 2026-10 2026-11")]
    [InlineData("2024-11", "2026-02", "2025", "2025", "2024-11 2024-12 2026-01 2026-02")]
    [InlineData("2025-07", "2026-06", null, null, "2025-07 2025-08 2025-09 2025-10 2025-11 2025-12 2026-01 2026-02 2026-03 2026-04 2026-05 2026-06")]
    [InlineData("2026-10", "2026-10", null, null, "2026-10")]
    public void Given_a_run_of_months_When_split_Then_whole_years_come_from_the_yearly_rows_and_the_rest_month_by_month(
        string first, string last, string? firstYear, string? lastYear, string months)
    {
        // Act
        var span = MonthSpan.Between(Month(first), Month(last));

        // Assert
        Assert.Equal(months, string.Join(' ', span.Months.Select(m => m.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))));
        if (firstYear is null)
        {
            Assert.True(span.FirstYear > span.LastYear);
        }
        else
        {
            Assert.Equal((Month(firstYear + "-01"), Month(lastYear + "-01")), (span.FirstYear, span.LastYear));
        }
    }

    [Fact]
    public void Given_a_last_month_When_the_history_up_to_it_is_split_Then_every_earlier_year_is_whole_and_its_own_year_goes_by_month()
    {
        // Act
        var span = MonthSpan.UpTo(Month("2026-03"));

        // Assert
        Assert.Equal(DateOnly.MinValue, span.FirstYear);
        Assert.Equal(Month("2025-01"), span.LastYear);
        Assert.Equal([Month("2026-01"), Month("2026-02"), Month("2026-03")], span.Months);
    }

    private static DateOnly Month(string text) => DateOnly.ParseExact(text + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
