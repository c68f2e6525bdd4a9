extern alias placements;

using placements::Placements.Domain.Placements;
using Platform.Contracts.Investigation;
using Platform.Contracts.Placements;
using Platform.Testing.Messaging;

namespace Placements.Tests.Unit;

/// <summary>When the end of a placement starts the follow-up after LVU care (lex lilla hjärtat).</summary>
public sealed class PlacementEndTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(LegalBasis.Lvu2, PlacementEndReason.MovedHome, "2012-05", true)]
    [InlineData(LegalBasis.Lvu3, PlacementEndReason.ChildLeft, "2012-05", true)]
    [InlineData(LegalBasis.Lvu2, PlacementEndReason.MovedToAnotherPlacement, "2012-05", false)]
    [InlineData(LegalBasis.Sol, PlacementEndReason.MovedHome, "2012-05", false)]
    [InlineData(LegalBasis.Lvu2, PlacementEndReason.CameOfAge, "2009-04", false)]
    [InlineData(LegalBasis.Lvu2, PlacementEndReason.MovedHome, "2009-05", true)]
    [InlineData(LegalBasis.Lvu2, PlacementEndReason.MovedHome, null, true)]
    public void Given_a_placement_When_it_ends_Then_only_LVU_care_ending_for_a_child_possibly_under_18_owes_the_follow_up(
        LegalBasis basis, PlacementEndReason reason, string? birthMonth, bool followUp)
    {
        // Arrange
        var placement = Placement.Decided(Decided(basis, birthMonth));
        placement.Start(new DateOnly(2027, 1, 10), new PlacementHome("5560360793", null, 1000m), Now);

        // Act
        placement.End(new DateOnly(2027, 5, 31), reason is PlacementEndReason.ChildLeft ? PlacementEnding.Unplanned : PlacementEnding.Planned, reason, Now);

        // Assert
        Assert.Equal(followUp, placement.OpenDuties(null).Any(d => d.Kind == DutyKind.PostLvuFollowUp));
    }

    private static PlacementDecided Decided(LegalBasis basis, string? birthMonth) =>
        PlacementDecisions.Decided("9001", Now.AddDays(-200), basis: basis) with { ProviderOrganisationNumber = null, ChildBirthYearMonth = birthMonth };
}
