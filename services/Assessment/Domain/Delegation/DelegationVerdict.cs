using Platform.Contracts.Assessment;

namespace Assessment.Domain.Delegation;

/// <summary>Whether a decider may take a decision, on what basis, or which rule refuses it.</summary>
internal sealed record DelegationVerdict(bool Allowed, DelegationBasis Basis, Guid? SubDelegationId, string? RefusedBy, string? Detail)
{
    public static DelegationVerdict ByOrder() => new(true, DelegationBasis.DelegationOrder, null, null, null);

    public static DelegationVerdict BySubDelegation(Guid id) => new(true, DelegationBasis.SubDelegation, id, null, null);

    public static DelegationVerdict Refused(string rule, string detail) => new(false, default, null, rule, detail);
}
