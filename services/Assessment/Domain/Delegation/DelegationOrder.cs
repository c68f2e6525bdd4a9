using System.Collections.Frozen;
using Platform.ServiceDefaults.Authentication;

namespace Assessment.Domain.Delegation;

/// <summary>
/// Which roles may take each decision. There is no implicit hierarchy: a role decides only what
/// the order lists for it. The default lists the superior line roles and the committee too, as
/// delegation orders customarily let a superior manager, and always the delegating committee, take
/// a decision delegated further down; a municipality that wants otherwise writes its own order.
/// </summary>
internal sealed record DelegationOrder(IReadOnlyDictionary<DecisionType, IReadOnlySet<string>> Grants)
{
    /// <summary>The roles a delegation order may name: municipal decision-makers only.</summary>
    public static readonly IReadOnlySet<string> DelegableRoles = new HashSet<string>(StringComparer.Ordinal)
    {
        PlatformRoles.Handlaggare, PlatformRoles.Teamledare, PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef, PlatformRoles.Namnd,
    };

    /// <summary>DOMAIN.md §3 (Eskilstuna): a qualified caseworker opens, a team lead decides not to open, a unit manager extends.</summary>
    public static DelegationOrder Default { get; } = new(new Dictionary<DecisionType, IReadOnlySet<string>>
    {
        [DecisionType.OpenInvestigation] = Roles(PlatformRoles.Handlaggare, PlatformRoles.Teamledare, PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef, PlatformRoles.Namnd),
        [DecisionType.InvestigationAlreadyOngoing] = Roles(PlatformRoles.Handlaggare, PlatformRoles.Teamledare, PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef, PlatformRoles.Namnd),
        [DecisionType.DoNotOpen] = Roles(PlatformRoles.Teamledare, PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef, PlatformRoles.Namnd),
        [DecisionType.ExtendAssessment] = Roles(PlatformRoles.Enhetschef, PlatformRoles.Forvaltningschef, PlatformRoles.Namnd),
    });

    public bool Allows(DecisionType decision, string role) =>
        Grants.TryGetValue(decision, out var roles) && roles.Contains(role);

    public static IReadOnlySet<string> Roles(params IEnumerable<string> roles) => roles.ToFrozenSet(StringComparer.Ordinal);
}
