namespace Platform.Bench.Chaos.Flow;

/// <summary>What the gateway accepted (2xx) for one case, with the ids it returned: the ledger's expectation.</summary>
internal sealed class CaseRecord(long sequence, string municipality)
{
    public long Sequence { get; } = sequence;

    public string Municipality { get; } = municipality;

    public Guid? ReportId { get; set; }

    public bool ProtectionAccepted { get; set; }

    public Guid? AssessmentId { get; set; }

    public Guid? ChildId { get; set; }

    public bool DecisionAccepted { get; set; }

    public Guid? InvestigationId { get; set; }

    /// <summary>The step the case stopped at with an answer the flow did not expect, and that answer; null when none.</summary>
    public string? Unexpected { get; set; }
}
