using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Assessment;

namespace Assessment.Domain.Assessments;

/// <summary>
/// A förhandsbedömning about one child: every report about the child while it is open joins it,
/// and its deadline counts from the receipt of the first.
/// </summary>
internal sealed partial class InitialAssessment : ITenantOwned
{
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public Guid ChildId { get; init; }

    public string? Unit { get; set; }

    public AssessmentStatus Status { get; set; }

    /// <summary>True while any of its reports is an anmälan; otherwise the period is a municipal rule.</summary>
    public bool IsStatutory { get; set; }

    /// <summary>The earliest receipt among the reports: the deadline counts from it.</summary>
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The rule's own deadline (the law's, for an anmälan), kept beside any extension; statistics count lateness against it.</summary>
    public DateTimeOffset OriginalDueAt { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public bool IsProtectedIdentity { get; set; }

    public bool HasViolenceConcern { get; set; }

    /// <summary>A report says the child may have been subjected to, or has witnessed, violence by a närstående: an investigation is opened.</summary>
    public bool HasCloseRelativeViolence { get; set; }

    public DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>True when the platform itself holds earlier assessments of the child.</summary>
    public bool PriorKnowledgeInRecords { get; init; }

    public bool? HasPriorKnowledge { get; set; }

    public string? PriorKnowledgeWeighing { get; set; }

    public DateTimeOffset? PriorKnowledgeRecordedAt { get; set; }

    public string? PriorKnowledgeRecordedByName { get; set; }

    public bool? ChildViewObtained { get; set; }

    /// <summary>The child's view, or why it was not obtained.</summary>
    public string? ChildView { get; set; }

    public DateTimeOffset? ChildViewRecordedAt { get; set; }

    public string? ChildViewRecordedByName { get; set; }

    public TriageColour? Triage { get; set; }

    public string? AssigneeId { get; set; }

    public string? AssigneeName { get; set; }

    public bool? AssigneeQualified { get; set; }

    public DateTimeOffset? AssignedAt { get; set; }

    public string? AssignedByName { get; set; }

    public AssessmentOutcome? Outcome { get; set; }

    public string? DecisionReasoning { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public bool? DecidedWithinDeadline { get; set; }

    /// <summary>Decided by the rule's own deadline, whatever an extension said.</summary>
    public bool? DecidedWithinStatutoryDeadline { get; set; }

    /// <summary>The provision the decision was taken under (<c>LegalProvisionIds</c>), and its text as shown on the day.</summary>
    public string? DecisionProvisionId { get; set; }

    public string? DecisionProvision { get; set; }

    public string? DeciderId { get; set; }

    public string? DeciderName { get; set; }

    public string? DeciderRole { get; set; }

    public DelegationBasis? DelegationBasis { get; set; }

    public Guid? SubDelegationId { get; set; }

    /// <summary>The version of the delegation order a delegated decision was taken under.</summary>
    public int? DelegationOrderVersion { get; set; }

    /// <summary>For a committee decision: the meeting (an urgent decision of the chair has none until it is reported).</summary>
    public DateOnly? CommitteeMeetingDate { get; set; }

    public string? CommitteeProtocolParagraph { get; set; }

    /// <summary>For the chair's urgent decision: the meeting it was reported to, and the paragraph.</summary>
    public DateOnly? UrgentDecisionReportedOn { get; set; }

    public string? UrgentDecisionReportParagraph { get; set; }

    public string? ForwardedToMunicipality { get; set; }

    public DateOnly? ForwardedOn { get; set; }

    public string? ViolenceOverrideReason { get; set; }

    public bool FlaggedForQualityFollowUp { get; set; }

    /// <summary>Recorded by the platform, not decided: the child was already under investigation.</summary>
    public bool RecordedAutomatically { get; set; }

    /// <summary>For "investigation already ongoing": the investigation (in the investigation service) the report went to.</summary>
    public Guid? OngoingInvestigationId { get; set; }

    /// <summary>Optimistic concurrency: a report joining and a decision cannot both win unseen.</summary>
    public int Version { get; set; }

    public List<AssessmentReport> Reports { get; } = [];

    public List<AssessmentExtension> Extensions { get; } = [];

    public List<FeedbackTask> FeedbackTasks { get; } = [];

    /// <summary>Every recording of prior knowledge and of the child's view, oldest first; none is overwritten.</summary>
    public List<AssessmentRecording> Recordings { get; } = [];

    public bool IsExtended => DueAt != OriginalDueAt;

    /// <summary>Still undecided when its deadline has passed.</summary>
    public bool IsOverdue(DateTimeOffset now) => Status == AssessmentStatus.Open && now >= DueAt;
}
