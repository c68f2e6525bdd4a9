namespace Assessment.Domain.Delegation;

/// <summary>One line of a delegation order: a decision and the roles that may take it.</summary>
internal sealed record DelegationGrant(DecisionType Decision, IReadOnlyList<string> Roles);
