using Assessment.Domain.Delegation;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.DelegationOrder;

/// <summary>The checks on <see cref="ReplaceDelegationOrderRequest"/>: each error names its field, and nothing is written unless all pass.</summary>
internal static class DelegationOrderValidation
{
    public static Domain.Delegation.DelegationOrder? Validate(ReplaceDelegationOrderRequest request, ValidationErrors errors)
    {
        if (request.Grants is null)
        {
            errors.Add("grants", "Required: a list of { decision, roles }.");
            return null;
        }

        for (var i = 0; i < request.Grants.Count; i++)
        {
            var grant = request.Grants[i];
            errors.Require(grant?.Decision is not null, $"grants[{i}].decision", "Required: open-investigation, do-not-open, investigation-already-ongoing or extend-assessment.");
            errors.Require(grant?.Decision is null || request.Grants.Count(g => g?.Decision == grant.Decision) == 1, $"grants[{i}].decision", "Listed more than once.");
            errors.Require(grant?.Roles is { Count: > 0 } roles && roles.All(Domain.Delegation.DelegationOrder.DelegableRoles.Contains),
                $"grants[{i}].roles", "Required: one or more of " + string.Join(", ", Domain.Delegation.DelegationOrder.DelegableRoles) + ".");
        }

        return errors.IsValid
            ? DelegationOrderJson.FromGrants(request.Grants.Select(g => new DelegationGrant(g.Decision!.Value, g.Roles!)))
            : null;
    }
}
