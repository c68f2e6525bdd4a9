using Platform.BuildingBlocks.Persistence;

namespace Assessment.Domain.Investigations;

/// <summary>
/// What the investigation service announced about a child's investigation: open from
/// <c>InvestigationOpened</c> until <c>InvestigationClosed</c>. A report about the child meanwhile is
/// recorded as "investigation already ongoing"; nothing here is guessed from a period.
/// </summary>
internal sealed class OngoingInvestigation : ITenantOwned
{
    /// <summary>The investigation's id in the investigation service.</summary>
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public Guid ChildId { get; init; }

    public DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; set; }
}
