using Platform.Contracts.Assessment;
using Platform.Contracts.Delegation;
using Platform.Contracts.Intake;
using Platform.Contracts.Investigation;

namespace Platform.Testing.Messaging;

/// <summary>The investigation's <see cref="PlacementDecided"/> as the tests publish it in the investigation's place.</summary>
public static class PlacementDecisions
{
    /// <summary>The organisation number of the HVB home a placement of that type is decided to.</summary>
    public const string Hvb = "5560360793";

    /// <summary>A placement decided by delegation for a girl born in May 2012.</summary>
    public static PlacementDecided Decided(string municipality, DateTimeOffset decidedAt, PlacementType type = PlacementType.Hvb, LegalBasis basis = LegalBasis.Sol, string? unit = null) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = municipality,
        OccurredAt = decidedAt,
        InvestigationId = Guid.NewGuid(),
        ChildId = Guid.NewGuid(),
        InterventionId = Guid.NewGuid(),
        PlacementType = type,
        LegalBasis = basis,
        ProviderOrganisationNumber = type == PlacementType.Hvb ? Hvb : null,
        DecidedAt = decidedAt,
        LongTermCare = false,
        Decision = DecisionType.DecidePlacement,
        DelegationBasis = DelegationBasis.DelegationOrder,
        ChildGender = LegalGender.Female,
        ChildBirthYearMonth = "2012-05",
        Unit = unit,
    };
}
