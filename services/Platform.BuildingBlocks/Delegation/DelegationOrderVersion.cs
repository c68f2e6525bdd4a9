using Platform.BuildingBlocks.Persistence;

namespace Platform.BuildingBlocks.Delegation;

/// <summary>
/// One version of a municipality's delegation order, as the committee decided it (KL 6 kap 37 §): the
/// decision's day and protocol paragraph, and the day it applies from. Every change adds a version,
/// none is overwritten. A version without the committee's decision (recorded before it was required)
/// is kept in the history but is never in force.
/// </summary>
public sealed class DelegationOrderVersion : ITenantOwned
{
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public int Version { get; init; }

    /// <summary>The grants as JSON: <c>[{"decision":"do-not-open","roles":["teamledare"],"mayBeSubDelegated":true}]</c>.</summary>
    public string Grants { get; init; } = "[]";

    public DateOnly? CommitteeDecidedOn { get; init; }

    /// <summary>The paragraph of the committee's protocol (e.g. <c>§ 47</c>).</summary>
    public string? ProtocolParagraph { get; init; }

    public DateOnly? AppliesFrom { get; init; }

    public DateTimeOffset ChangedAt { get; init; }

    public string ChangedById { get; init; } = string.Empty;

    public string ChangedByName { get; init; } = string.Empty;

    public string ChangedByRole { get; init; } = string.Empty;

    public bool IsInForceOn(DateOnly day) => CommitteeDecidedOn is not null && AppliesFrom is { } from && from <= day;
}
