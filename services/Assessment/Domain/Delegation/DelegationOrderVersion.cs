using Platform.BuildingBlocks.Persistence;

namespace Assessment.Domain.Delegation;

/// <summary>One version of a municipality's delegation order; every change adds a version, none is overwritten.</summary>
internal sealed class DelegationOrderVersion : ITenantOwned
{
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public int Version { get; init; }

    /// <summary>The grants as JSON: <c>[{"decision":"do-not-open","roles":["teamledare"]}]</c>.</summary>
    public string Grants { get; init; } = "[]";

    public DateTimeOffset ChangedAt { get; init; }

    public string ChangedById { get; init; } = string.Empty;

    public string ChangedByName { get; init; } = string.Empty;

    public string ChangedByRole { get; init; } = string.Empty;
}
