using Platform.Contracts.Delegation;

namespace Assessment.Features.DelegationOrder;

/// <summary>One line of the body of <c>PUT /api/assessment/delegation-order</c>; <c>mayBeSubDelegated</c> lets the head of department sub-delegate it.</summary>
internal sealed record GrantRequest(DecisionType? Decision, List<string>? Roles, bool? MayBeSubDelegated);

/// <summary>
/// The body of <c>PUT /api/assessment/delegation-order</c>: the whole order as the committee decided it,
/// with the decision's day and protocol paragraph and the day it applies from; a decision left out may be
/// taken by no one under delegation.
/// </summary>
internal sealed record ReplaceDelegationOrderRequest(List<GrantRequest>? Grants, DateOnly? CommitteeDecidedOn, string? ProtocolParagraph, DateOnly? AppliesFrom);
