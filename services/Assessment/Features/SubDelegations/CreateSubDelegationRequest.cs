using Assessment.Domain.Delegation;
using Assessment.Features.Shared;
using Platform.ServiceDefaults.Problems;

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
    DateOnly? ReportedToCommitteeOn)
{
    public SubDelegation? Validate(DateOnly today, ValidationErrors errors)
    {
        errors.Require(Decision is not null, "decision", "Required.");
        errors.Require(DelegateRole is not null && Domain.Delegation.DelegationOrder.DelegableRoles.Contains(DelegateRole), "delegateRole",
            "Required: one of " + string.Join(", ", Domain.Delegation.DelegationOrder.DelegableRoles) + ".");
        var userId = TextRules.Optional(DelegateUserId, "delegateUserId", errors);
        var name = TextRules.Optional(DelegateName, "delegateName", errors);
        var reference = TextRules.Required(DecisionReference, "decisionReference", errors);
        errors.Require(ValidFrom is not null, "validFrom", "Required: yyyy-MM-dd.");
        errors.Require(ValidTo is not null && (ValidFrom is null || ValidTo >= ValidFrom), "validTo", "Required: yyyy-MM-dd, not before validFrom.");
        errors.Require(DecidedOn is not null && DecidedOn <= today, "decidedOn", "Required: the day the written decision was taken, not in the future.");
        errors.Require(ReportedToCommitteeOn is null || (ReportedToCommitteeOn <= today && ReportedToCommitteeOn >= DecidedOn), "reportedToCommitteeOn",
            "Not before the decision and not in the future.");
        return errors.IsValid
            ? new SubDelegation
            {
                Decision = Decision!.Value,
                DelegateRole = DelegateRole!,
                DelegateUserId = userId,
                DelegateName = name,
                ValidFrom = ValidFrom!.Value,
                ValidTo = ValidTo!.Value,
                DecisionReference = reference!,
                DecidedOn = DecidedOn!.Value,
                ReportedToCommitteeOn = ReportedToCommitteeOn,
            }
            : null;
    }
}
