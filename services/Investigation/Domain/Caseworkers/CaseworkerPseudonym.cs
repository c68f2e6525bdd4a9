using Platform.BuildingBlocks.Persistence;

namespace Investigation.Domain.Caseworkers;

/// <summary>
/// A caseworker's stand-in in events: a random id, one per user and municipality, kept only here. Quality spreads
/// its self-audit sample over caseworkers by it without ever learning who they are (DOMAIN.md §2.5).
/// </summary>
internal sealed class CaseworkerPseudonym : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public string UserId { get; init; } = string.Empty;

    public Guid Pseudonym { get; init; }
}
