using Platform.BuildingBlocks.Persistence;

namespace Quality.Domain.SelfAudit;

/// <summary>A reviewer's answer to one checklist item of a sampled case. Only the item and the answer: no free text.</summary>
internal sealed class ReviewerAnswer : ITenantOwned
{
    public Guid CaseId { get; init; }

    public string Item { get; init; } = string.Empty;

    public string TenantId { get; set; } = string.Empty;

    public string Answer { get; set; } = string.Empty;

    public DateTimeOffset AnsweredAt { get; set; }

    public string AnsweredBy { get; set; } = string.Empty;
}
