using Platform.Contracts;

namespace Platform.Rules.Tests;

public sealed class RuleVersionTests
{
    [Fact]
    public void Given_a_family_home_placement_begun_before_lex_lilla_hjartat_When_its_custody_consideration_is_due_Then_the_three_years_then_in_force_count_marked_unverified()
    {
        // Arrange
        var started = DateTimeOffset.Parse("2021-03-01T10:00:00+01:00");

        // Act
        var due = RuleCatalogue.Due(RuleIds.CustodyTransferConsideration, started);
        var again = RuleCatalogue.DueAgain(RuleIds.CustodyTransferConsideration, DateTimeOffset.Parse("2022-03-01T10:00:00+01:00"));
        var reference = RuleCatalogue.Reference(RuleIds.CustodyTransferConsideration, new DateOnly(2021, 3, 1));

        // Assert
        Assert.Equal(DateTimeOffset.Parse("2024-03-01T23:00:00Z"), due);
        Assert.Equal(DateTimeOffset.Parse("2023-03-01T23:00:00Z"), again);
        Assert.False(reference.Verified);
        Assert.EndsWith(LegalReference.UnverifiedMarker, reference.Display, StringComparison.Ordinal);
        Assert.Equal(RulePeriod.Years(2), RuleCatalogue.InForce(RuleIds.CustodyTransferConsideration, new DateOnly(2022, 7, 1)).Period);
    }
}
