using Platform.BuildingBlocks.Persistence;

namespace Placements.Domain.FollowUp;

/// <summary>One indicator of a dialogue: the child's own answer (1–5, null when the child did not answer) and the caseworker's rating (1–5).</summary>
internal sealed class IndicatorAnswer : ITenantOwned
{
    public Guid DialogueId { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public Indicator Indicator { get; set; }

    public int? ChildAnswer { get; set; }

    public int Rating { get; set; }
}
