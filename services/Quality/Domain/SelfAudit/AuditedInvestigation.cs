using Platform.BuildingBlocks.Persistence;

namespace Quality.Domain.SelfAudit;

/// <summary>
/// What the self-audit needs of an investigation beyond its fact: the assessment and reports it came from, so its
/// checklist reads their facts, and the caseworker who documented it, so the sample spreads over caseworkers. Each
/// column is set from one event alone (<c>InvestigationOpened</c>, <c>InvestigationConcluded</c>), so a replay writes the same row.
/// </summary>
internal sealed class AuditedInvestigation : ITenantOwned
{
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public Guid? AssessmentId { get; set; }

    public List<Guid> ReportIds { get; set; } = [];

    /// <summary>The pseudonym investigation gives the caseworker who recorded most of the documentation.</summary>
    public Guid? DocumentingCaseworker { get; set; }
}
