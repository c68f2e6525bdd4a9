using Assessment.Domain.Delegation;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.DelegationOrder;

/// <summary>One line of the body of <c>PUT /api/assessment/delegation-order</c>.</summary>
internal sealed record GrantRequest(DecisionType? Decision, List<string>? Roles);

/// <summary>The body of <c>PUT /api/assessment/delegation-order</c>: the whole order; a decision left out may be taken by no one.</summary>
internal sealed record ReplaceDelegationOrderRequest(List<GrantRequest>? Grants)
{
    public Domain.Delegation.DelegationOrder? Validate(ValidationErrors errors)
    {
        if (Grants is null)
        {
            errors.Add("grants", "Required: a list of { decision, roles }.");
            return null;
        }

        for (var i = 0; i < Grants.Count; i++)
        {
            var grant = Grants[i];
            errors.Require(grant?.Decision is not null, $"grants[{i}].decision", "Required: open-investigation, do-not-open, investigation-already-ongoing or extend-assessment.");
            errors.Require(grant?.Decision is null || Grants.Count(g => g?.Decision == grant.Decision) == 1, $"grants[{i}].decision", "Listed more than once.");
            errors.Require(grant?.Roles is { Count: > 0 } roles && roles.All(Domain.Delegation.DelegationOrder.DelegableRoles.Contains),
                $"grants[{i}].roles", "Required: one or more of " + string.Join(", ", Domain.Delegation.DelegationOrder.DelegableRoles) + ".");
        }

        return errors.IsValid
            ? DelegationOrderJson.FromGrants(Grants.Select(g => new DelegationGrant(g.Decision!.Value, g.Roles!)))
            : null;
    }
}
