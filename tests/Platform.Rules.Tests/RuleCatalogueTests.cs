using System.Globalization;
using System.Reflection;
using Platform.Contracts;

namespace Platform.Rules.Tests;

/// <summary>Every rule of the catalogue, driven by the tables beside this file.</summary>
public sealed partial class RuleCatalogueTests
{
    [Theory]
    [MemberData(nameof(Deadlines))]
    public void Given_a_rule_and_the_instant_counted_from_When_the_deadline_is_computed_Then_it_is_the_end_of_the_local_day_reached(
        string ruleId, string counting, string from, string expectedDue)
    {
        // Arrange
        var start = Instant(from);

        // Act
        var due = counting.Split(' ') switch
        {
            ["first"] => RuleCatalogue.Due(ruleId, start),
            ["again"] => RuleCatalogue.DueAgain(ruleId, start),
            ["cut-off", var time] => RuleCatalogue.Due(ruleId, start, TimeOnly.Parse(time, CultureInfo.InvariantCulture)),
            ["tightened", var amount, var unit] => RuleCatalogue.Due(ruleId, start, Period(amount, unit)),
            ["again", "tightened", var amount, var unit] => RuleCatalogue.DueAgain(ruleId, start, Period(amount, unit)),
            _ => throw new ArgumentException($"Unknown counting '{counting}'.", nameof(counting)),
        };

        // Assert
        Assert.Equal(Instant(expectedDue), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
    }

    [Theory]
    [MemberData(nameof(References))]
    public void Given_a_rule_and_a_date_When_the_legal_reference_is_asked_for_Then_the_text_in_force_says_whether_it_is_verified(
        string ruleId, string on, string expectedText, bool expectedVerified)
    {
        // Act
        var reference = RuleCatalogue.Reference(ruleId, DateOnly.Parse(on, CultureInfo.InvariantCulture));

        // Assert
        Assert.Equal(expectedText, reference.Text);
        Assert.Equal(expectedVerified, reference.Verified);
    }

    [Fact]
    public void Given_the_tables_When_compared_with_the_catalogue_Then_every_rule_id_is_a_rule_and_every_rule_is_in_both_tables()
    {
        // Arrange
        var ids = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        var firstRows = Deadlines.Where(row => (string)row[1] == "first").Select(row => (string)row[0]).ToHashSet();
        var againRows = Deadlines.Where(row => (string)row[1] == "again").Select(row => (string)row[0]).ToHashSet();
        var referenceRows = References.Select(row => (string)row[0]).ToHashSet();

        // Act
        var catalogue = RuleCatalogue.Rules.Select(r => r.Id).ToHashSet();

        // Assert
        Assert.Equal(ids.Order(StringComparer.Ordinal), catalogue.Order(StringComparer.Ordinal));
        Assert.Equal(catalogue.Order(StringComparer.Ordinal), firstRows.Order(StringComparer.Ordinal));
        Assert.Equal(catalogue.Order(StringComparer.Ordinal), referenceRows.Order(StringComparer.Ordinal));
        Assert.Equal(RuleCatalogue.Rules.Where(r => r.IsRecurring).Select(r => r.Id).Distinct().Order(StringComparer.Ordinal), againRows.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Given_every_rule_When_its_basis_is_read_Then_only_a_municipal_rule_may_be_tightened_and_only_down_to_its_minimum()
    {
        // Act
        var statutory = RuleCatalogue.Rules.Where(r => r.Basis == RuleBasis.Statutory).ToList();
        var municipal = RuleCatalogue.Rules.Where(r => r.Basis == RuleBasis.Municipal).ToList();

        // Assert
        Assert.All(statutory, r => Assert.Null(r.Minimum));
        Assert.All(municipal, r => Assert.True(r.Minimum is { } minimum && minimum.IsWithin(r.Period), r.Id));
    }

    [Fact]
    public void Given_the_due_instant_When_checked_Then_it_is_in_time_and_a_tick_later_it_is_overdue()
    {
        // Arrange
        var due = RuleCatalogue.Due(RuleIds.ProtectionAssessment, Instant("2027-10-31T10:00:00+01:00"));

        // Act
        var atDue = RuleCatalogue.IsOverdue(due, due);
        var after = RuleCatalogue.IsOverdue(due, due.AddTicks(1));

        // Assert
        Assert.False(atDue);
        Assert.True(after);
        Assert.Equal(new DateOnly(2027, 10, 31), StockholmCalendar.LastDayBefore(due));
    }

    [Fact]
    public void Given_a_date_before_a_rule_existed_When_it_is_asked_for_Then_it_says_so()
    {
        // Act
        var error = Assert.Throws<InvalidOperationException>(() => RuleCatalogue.Reference(RuleIds.ProtectionAssessment, new DateOnly(2012, 12, 31)));

        // Assert
        Assert.Contains(RuleIds.ProtectionAssessment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_one_off_rule_When_it_is_asked_again_or_for_a_cut_off_Then_it_refuses()
    {
        // Arrange
        var decided = Instant("2027-01-14T10:00:00+01:00");

        // Act
        var again = Assert.Throws<InvalidOperationException>(() => RuleCatalogue.DueAgain(RuleIds.Investigation, decided));
        var cutOff = Assert.Throws<ArgumentException>(() => RuleCatalogue.Due(RuleIds.Investigation, decided, new TimeOnly(12, 0)));

        // Assert
        Assert.Contains(RuleIds.Investigation, again.Message, StringComparison.Ordinal);
        Assert.Equal("cutOff", cutOff.ParamName);
    }

    private static RulePeriod Period(string amount, string unit) =>
        new(int.Parse(amount, CultureInfo.InvariantCulture), Enum.Parse<PeriodUnit>(unit));

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
