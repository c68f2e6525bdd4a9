using System.Collections.Frozen;
using Platform.Contracts.Delegation;
using Platform.ServiceDefaults.Authentication;

namespace Platform.BuildingBlocks.Delegation;

/// <summary>
/// Which roles may take each decision, as the committee decided it. There is no implicit hierarchy: a
/// role decides only what the order lists for it. The platform ships no order of its own: until the
/// municipality records one, no delegated decision can be taken (DOMAIN.md §3).
/// </summary>
public sealed record DelegationOrder(IReadOnlyDictionary<DecisionType, IReadOnlySet<string>> Grants, IReadOnlySet<DecisionType> SubDelegable)
{
    /// <summary>The roles an order may name: the municipality's officials. The committee does not delegate to itself; it decides at a meeting.</summary>
    public static readonly IReadOnlySet<string> DelegableRoles = Roles(
        PlatformRoles.Handlaggare, PlatformRoles.Teamledare, PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef);

    /// <summary>Whom the head of department may sub-delegate to: an employee below them, never the committee.</summary>
    public static readonly IReadOnlySet<string> SubDelegableRoles = Roles(PlatformRoles.Handlaggare, PlatformRoles.Teamledare, PlatformRoles.Enhetschef);

    public bool Allows(DecisionType decision, string role) =>
        Grants.TryGetValue(decision, out var roles) && roles.Contains(role);

    /// <summary>Whether the committee lets the head of department sub-delegate the decision.</summary>
    public bool AllowsSubDelegation(DecisionType decision) => SubDelegable.Contains(decision);

    public static IReadOnlySet<string> Roles(params IEnumerable<string> roles) => roles.ToFrozenSet(StringComparer.Ordinal);
}
