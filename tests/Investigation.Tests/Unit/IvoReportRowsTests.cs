using Investigation.Domain.Interventions;
using Investigation.Features.IvoReport;
using Platform.Contracts.Investigation;
using Platform.Rules;

namespace Investigation.Tests.Unit;

/// <summary>Which decisions a quarter's report to IVO holds, from the stored days alone.</summary>
public sealed class IvoReportRowsTests
{
    private static readonly IvoQuarter Q2 = IvoQuarter.Parse("2027-Q2")!;

    [Theory]
    // Decided 2027-01-15: not executed from 2027-04-16.
    [InlineData("2027-01-15", null, null, "NotExecuted")]
    [InlineData("2027-01-15", "2027-04-15", null, null)]
    [InlineData("2027-01-15", "2027-04-16", null, "ExecutedLate")]
    [InlineData("2027-01-15", "2027-07-01", null, "NotExecuted")]
    [InlineData("2027-01-15", null, "2027-04-10", null)]
    [InlineData("2027-01-15", null, "2027-06-30", "EndedUnexecuted")]
    [InlineData("2027-01-15", null, "2027-07-01", "NotExecuted")]
    // Decided 2027-03-31: three months end with 2027-06-30, so it is reportable only from 2027-07-01.
    [InlineData("2027-03-31", null, null, null)]
    [InlineData("2027-03-30", null, null, null)]
    // Decided 2027-03-29: three months end with 2027-06-29, so it is reportable from 2027-06-30, the quarter's last day.
    [InlineData("2027-03-29", null, null, "NotExecuted")]
    // Became reportable in Q1, started in Q1: nothing left for Q2.
    [InlineData("2026-12-01", "2027-03-20", null, null)]
    internal void Given_an_intervention_When_the_second_quarter_of_2027_is_reported_Then_it_is_on_the_report_as_worked_out(
        string decidedOn, string? startedOn, string? endedOn, string? expected)
    {
        // Arrange
        var decidedAt = StockholmCalendar.StartOf(DateOnly.Parse(decidedOn, System.Globalization.CultureInfo.InvariantCulture)).AddHours(10);
        var intervention = new Intervention
        {
            Id = Guid.NewGuid(),
            Kind = InterventionKind.OpenCare,
            OpenCareType = OpenCareType.ContactPerson,
            DecidedAt = decidedAt,
            NotExecutedAt = Intervention.NotExecutedFor(decidedAt),
            StartedOn = startedOn is null ? null : DateOnly.Parse(startedOn, System.Globalization.CultureInfo.InvariantCulture),
            EndedOn = endedOn is null ? null : DateOnly.Parse(endedOn, System.Globalization.CultureInfo.InvariantCulture),
            EndReason = endedOn is null ? null : UnexecutedReason.Declined,
        };

        // Act
        var rows = IvoReportRows.For(Q2, [intervention]);

        // Assert
        Assert.Equal(expected, rows.SingleOrDefault()?.Category.ToString());
    }

    [Theory]
    [InlineData("2027-Q1", "2027-01-01", "2027-03-31")]
    [InlineData("2028-q1", "2028-01-01", "2028-03-31")]
    [InlineData("2027-Q4", "2027-10-01", "2027-12-31")]
    internal void Given_a_quarter_When_parsed_Then_its_first_and_last_days_are_the_calendars(string text, string from, string to)
    {
        // Act
        var quarter = IvoQuarter.Parse(text)!;

        // Assert
        Assert.Equal((from, to), (quarter.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            quarter.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
