using Platform.Contracts.Delegation;
using Platform.Contracts.Investigation;

namespace Investigation.Domain.Interventions;

/// <summary>An intervention as a decision names it, checked; <see cref="Decision"/> is the decision type the delegation order (or the committee) must allow.</summary>
internal sealed record InterventionSpec(
    InterventionKind Kind,
    OpenCareType? OpenCareType,
    string? OpenCareName,
    PlacementType? PlacementType,
    LegalBasis LegalBasis,
    string? ProviderOrganisationNumber,
    Guid? FosterHomeId,
    bool LongTermCare,
    bool ImmediateCustody)
{
    /// <summary>
    /// Open care is delegated; a placement is delegated unless it is for stadigvarande vård och fostran;
    /// care under LVU is applied for, and immediate custody taken, by the committee (DOMAIN.md §3).
    /// </summary>
    public DecisionType Decision => this switch
    {
        { ImmediateCustody: true } => DecisionType.ImmediateCustodyLvu,
        { LegalBasis: LegalBasis.Lvu2 or LegalBasis.Lvu3 } => DecisionType.ApplyForLvuCare,
        { LongTermCare: true } => DecisionType.PlacementForLongTermCare,
        { Kind: InterventionKind.OpenCare } => DecisionType.DecideOpenCare,
        _ => DecisionType.DecidePlacement,
    };
}
