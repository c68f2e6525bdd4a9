using Investigation.Domain.Interventions;
using Platform.Contracts.Delegation;
using Platform.Contracts.Investigation;

namespace Investigation.Tests.Unit;

/// <summary>Which decision an intervention is: open care and placements are delegated; long-term care, LVU and immediate custody are the committee's.</summary>
public sealed class InterventionDecisionTests
{
    [Theory]
    [InlineData(InterventionKind.OpenCare, LegalBasis.Sol, false, false, DecisionType.DecideOpenCare, false)]
    [InlineData(InterventionKind.Placement, LegalBasis.Sol, false, false, DecisionType.DecidePlacement, false)]
    [InlineData(InterventionKind.Placement, LegalBasis.Sol, true, false, DecisionType.PlacementForLongTermCare, true)]
    [InlineData(InterventionKind.Placement, LegalBasis.Lvu2, false, false, DecisionType.ApplyForLvuCare, true)]
    [InlineData(InterventionKind.Placement, LegalBasis.Lvu3, true, false, DecisionType.ApplyForLvuCare, true)]
    [InlineData(InterventionKind.Placement, LegalBasis.Lvu2, false, true, DecisionType.ImmediateCustodyLvu, true)]
    internal void Given_an_intervention_When_its_decision_is_named_Then_it_is_the_committees_only_where_the_law_says(
        InterventionKind kind, LegalBasis basis, bool longTermCare, bool immediateCustody, DecisionType expected, bool committeeOnly)
    {
        // Arrange
        var spec = new InterventionSpec(kind, null, null, kind == InterventionKind.Placement ? PlacementType.Hvb : null, basis, null, null, longTermCare, immediateCustody);

        // Act
        var decision = spec.Decision;

        // Assert
        Assert.Equal(expected, decision);
        Assert.Equal(committeeOnly, DecisionTypes.CommitteeOnly.Contains(decision));
    }
}
