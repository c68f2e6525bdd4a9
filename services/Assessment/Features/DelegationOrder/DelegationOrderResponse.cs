using Platform.BuildingBlocks.Delegation;

namespace Assessment.Features.DelegationOrder;

/// <summary>
/// A version of the municipality's delegation order: the committee's decision behind it (its day and
/// protocol paragraph), the day it applies from, and who entered it when.
/// </summary>
internal sealed record DelegationOrderResponse(
    int Version,
    IReadOnlyList<DelegationGrant> Grants,
    DateOnly? CommitteeDecidedOn,
    string? ProtocolParagraph,
    DateOnly? AppliesFrom,
    bool InForceToday,
    DateTimeOffset ChangedAt,
    string ChangedByName,
    string ChangedByRole)
{
    public static DelegationOrderResponse From(DelegationOrderVersion version, DateOnly today) => new(
        version.Version,
        DelegationOrderJson.ToGrants(DelegationOrderJson.Deserialize(version.Grants)),
        version.CommitteeDecidedOn,
        version.ProtocolParagraph,
        version.AppliesFrom,
        version.IsInForceOn(today),
        version.ChangedAt,
        version.ChangedByName,
        version.ChangedByRole);
}
