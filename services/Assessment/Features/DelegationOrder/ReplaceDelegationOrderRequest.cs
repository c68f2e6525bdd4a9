using Assessment.Domain.Delegation;

namespace Assessment.Features.DelegationOrder;

/// <summary>One line of the body of <c>PUT /api/assessment/delegation-order</c>.</summary>
internal sealed record GrantRequest(DecisionType? Decision, List<string>? Roles);

/// <summary>The body of <c>PUT /api/assessment/delegation-order</c>: the whole order; a decision left out may be taken by no one.</summary>
internal sealed record ReplaceDelegationOrderRequest(List<GrantRequest>? Grants);
