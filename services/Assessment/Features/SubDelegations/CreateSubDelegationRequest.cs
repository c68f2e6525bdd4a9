using Platform.Contracts.Delegation;

namespace Assessment.Features.SubDelegations;

/// <summary>
/// The body of <c>POST /api/assessment/sub-delegations</c>: a written decision (its reference is
/// required; mail and oral extensions are not valid), for a stated period, optionally for one person.
/// </summary>
internal sealed record CreateSubDelegationRequest(
    DecisionType? Decision,
    string? DelegateRole,
    string? DelegateUserId,
    string? DelegateName,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? DecisionReference,
    DateOnly? DecidedOn,
    DateOnly? ReportedToCommitteeOn);
