using Platform.Contracts.Delegation;
namespace Platform.BuildingBlocks.Delegation;

/// <summary>
/// One line of a delegation order: a decision, the roles that may take it, and whether the committee
/// lets the head of department sub-delegate it further (KL 7 kap 6 §).
/// </summary>
public sealed record DelegationGrant(DecisionType Decision, IReadOnlyList<string> Roles, bool MayBeSubDelegated = false);
