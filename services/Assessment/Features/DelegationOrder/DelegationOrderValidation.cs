using Platform.BuildingBlocks.Casework;
using Platform.BuildingBlocks.Delegation;
using Platform.Contracts.Delegation;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.DelegationOrder;

/// <summary>A checked order with the committee's decision behind it.</summary>
internal sealed record ValidDelegationOrder(Platform.BuildingBlocks.Delegation.DelegationOrder Order, DateOnly CommitteeDecidedOn, string ProtocolParagraph, DateOnly AppliesFrom);

/// <summary>The checks on <see cref="ReplaceDelegationOrderRequest"/>: each error names its field, and nothing is written unless all pass.</summary>
internal static class DelegationOrderValidation
{
    public static ValidDelegationOrder? Validate(ReplaceDelegationOrderRequest request, DateOnly today, ValidationErrors errors)
    {
        errors.Require(request.CommitteeDecidedOn is { } decided && decided <= today, "committeeDecidedOn",
            "Required: the day the committee decided the order, yyyy-MM-dd, not in the future.");
        var paragraph = TextFields.Required(request.ProtocolParagraph, "protocolParagraph", errors, CaseworkColumns.ProtocolParagraph);
        errors.Require(request.AppliesFrom is { } from && (request.CommitteeDecidedOn is null || from >= request.CommitteeDecidedOn), "appliesFrom",
            "Required: the day the order applies from, yyyy-MM-dd, not before the committee decided it.");
        if (request.Grants is null)
        {
            errors.Add("grants", "Required: a list of { decision, roles, mayBeSubDelegated }.");
            return null;
        }

        var roles = string.Join(", ", Platform.BuildingBlocks.Delegation.DelegationOrder.DelegableRoles.Order(StringComparer.Ordinal));
        var delegable = string.Join(", ", Enum.GetValues<DecisionType>().Where(d => !DecisionTypes.CommitteeOnly.Contains(d)).Select(DecisionNames.Name));
        for (var i = 0; i < request.Grants.Count; i++)
        {
            var grant = request.Grants[i];
            errors.Require(grant?.Decision is not null, $"grants[{i}].decision", $"Required: one of {delegable}.");
            errors.Require(grant?.Decision is not { } decision || !DecisionTypes.CommitteeOnly.Contains(decision), $"grants[{i}].decision",
                $"{(grant?.Decision is { } d ? DecisionNames.Name(d) : "It")} is the committee's own decision and cannot be delegated; one of {delegable}.");
            errors.Require(grant?.Decision is null || request.Grants.Count(g => g?.Decision == grant.Decision) == 1, $"grants[{i}].decision", "Listed more than once.");
            errors.Require(grant?.Roles is { Count: > 0 } named && named.All(Platform.BuildingBlocks.Delegation.DelegationOrder.DelegableRoles.Contains),
                $"grants[{i}].roles", $"Required: one or more of {roles}. The committee decides its own matters at its meetings; it is not a delegate.");
        }

        return errors.IsValid
            ? new ValidDelegationOrder(
                DelegationOrderJson.FromGrants(request.Grants.Select(g => new DelegationGrant(g.Decision!.Value, g.Roles!, g.MayBeSubDelegated == true))),
                request.CommitteeDecidedOn!.Value, paragraph!, request.AppliesFrom!.Value)
            : null;
    }
}
