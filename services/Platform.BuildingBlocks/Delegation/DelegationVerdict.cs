using Platform.Contracts.Assessment;

namespace Platform.BuildingBlocks.Delegation;

/// <summary>
/// Whether a decider may take a decision and on what basis (the order's version, a sub-delegation, the
/// committee itself), or what refuses it: a rule (403), or the missing delegation order (409).
/// </summary>
public sealed record DelegationVerdict(
    bool Allowed,
    DelegationBasis Basis,
    int? OrderVersion,
    Guid? SubDelegationId,
    CommitteeDecision? Committee,
    bool OrderMissing,
    string? RefusedBy,
    string? Detail)
{
    public static DelegationVerdict ByOrder(int version) => new(true, DelegationBasis.DelegationOrder, version, null, null, false, null, null);

    public static DelegationVerdict BySubDelegation(Guid id, int orderVersion) =>
        new(true, DelegationBasis.SubDelegation, orderVersion, id, null, false, null, null);

    public static DelegationVerdict ByCommittee(CommitteeDecision committee) => new(
        true, committee.UrgentByChair ? DelegationBasis.UrgentChairDecision : DelegationBasis.CommitteeMeeting, null, null, committee, false, null, null);

    public static DelegationVerdict Refused(string rule, string detail) => new(false, default, null, null, null, false, rule, detail);

    public static DelegationVerdict NoOrder(string detail) => new(false, default, null, null, null, true, null, detail);
}
