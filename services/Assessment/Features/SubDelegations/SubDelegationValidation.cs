using Platform.BuildingBlocks.Delegation;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.SubDelegations;

/// <summary>The checks on <see cref="CreateSubDelegationRequest"/>: each error names its field, and nothing is written unless all pass.</summary>
internal static class SubDelegationValidation
{
    public static SubDelegation? Validate(CreateSubDelegationRequest request, DateOnly today, ValidationErrors errors)
    {
        errors.Require(request.Decision is not null, "decision", "Required.");
        errors.Require(request.DelegateRole is not null && Platform.BuildingBlocks.Delegation.DelegationOrder.SubDelegableRoles.Contains(request.DelegateRole), "delegateRole",
            "Required: an employee's role, one of " + string.Join(", ", Platform.BuildingBlocks.Delegation.DelegationOrder.SubDelegableRoles.Order(StringComparer.Ordinal)) +
            "; never the committee, which delegates and is not delegated to.");
        var userId = TextFields.Optional(request.DelegateUserId, "delegateUserId", errors);
        var name = TextFields.Optional(request.DelegateName, "delegateName", errors);
        var reference = TextFields.Required(request.DecisionReference, "decisionReference", errors);
        errors.Require(request.ValidFrom is not null, "validFrom", "Required: yyyy-MM-dd.");
        errors.Require(request.ValidTo is not null && (request.ValidFrom is null || request.ValidTo >= request.ValidFrom), "validTo", "Required: yyyy-MM-dd, not before validFrom.");
        errors.Require(request.DecidedOn is not null && request.DecidedOn <= today, "decidedOn", "Required: the day the written decision was taken, not in the future.");
        errors.Require(request.ReportedToCommitteeOn is null || (request.ReportedToCommitteeOn <= today && request.ReportedToCommitteeOn >= request.DecidedOn), "reportedToCommitteeOn",
            "Not before the decision and not in the future.");
        return errors.IsValid
            ? new SubDelegation
            {
                Decision = request.Decision!.Value,
                DelegateRole = request.DelegateRole!,
                DelegateUserId = userId,
                DelegateName = name,
                ValidFrom = request.ValidFrom!.Value,
                ValidTo = request.ValidTo!.Value,
                DecisionReference = reference!,
                DecidedOn = request.DecidedOn!.Value,
                ReportedToCommitteeOn = request.ReportedToCommitteeOn,
            }
            : null;
    }
}
