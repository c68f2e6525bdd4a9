namespace Platform.Bench.Chaos.Flow;

/// <summary>What the gateway accepted (2xx) for one case, with the ids it returned: the ledger's expectation.</summary>
internal sealed class CaseRecord(long sequence, string municipality)
{
    public long Sequence { get; } = sequence;

    public string Municipality { get; } = municipality;

    /// <summary>Intake's id of the registered report; null while, or if never, accepted.</summary>
    public Guid? ReportId { get; set; }

    /// <summary>Intake accepted the protection assessment (or a retry found it already recorded).</summary>
    public bool ProtectionAccepted { get; set; }

    /// <summary>The assessment the report's event opened, as the assessment API showed it.</summary>
    public Guid? AssessmentId { get; private set; }

    /// <summary>The child of the assessment, whom the investigation is opened for.</summary>
    public Guid? ChildId { get; private set; }

    /// <summary>Assessment accepted the decision to open an investigation (or a retry found it decided).</summary>
    public bool DecisionAccepted { get; set; }

    /// <summary>The investigation the decision opened, once on the worklist.</summary>
    public Guid? InvestigationId { get; set; }

    /// <summary>The unit manager's decision to place the child was accepted (or a retry found it decided).</summary>
    public bool PlacementDecisionAccepted { get; set; }

    /// <summary>The placement decision (the investigation's intervention), as the decision answered it.</summary>
    public Guid? InterventionId { get; set; }

    /// <summary>The placement the decision created at placements, once listed for its intervention.</summary>
    public Guid? PlacementId { get; set; }

    /// <summary>Placements accepted the start (or a retry found it started).</summary>
    public bool PlacementStarted { get; set; }

    /// <summary>Placements accepted the first visit on the started placement.</summary>
    public bool VisitAccepted { get; set; }

    /// <summary>The step the case stopped at with an answer the flow did not expect, and that answer; null when none.</summary>
    public string? Unexpected { get; set; }

    public void AssessmentOpened(Guid assessmentId, Guid childId) => (AssessmentId, ChildId) = (assessmentId, childId);
}
