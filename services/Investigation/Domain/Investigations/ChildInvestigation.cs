using Investigation.Domain.Documentation;
using Investigation.Domain.Interventions;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Assessment;
using Platform.Contracts.Intake;
using Platform.Contracts.Investigation;

namespace Investigation.Domain.Investigations;

/// <summary>
/// An investigation (utredning, 11 kap. 1–2 §§ SoL) about one child: at most one is open per child;
/// every later report about the child attaches to it. Due four months after opening, extended only
/// by a decision; documented in structured parts (BBIC) and concluded by a decision.
/// </summary>
internal sealed partial class ChildInvestigation : ITenantOwned
{
    public Guid Id { get; init; }

    public string TenantId { get; set; } = string.Empty;

    public Guid ChildId { get; init; }

    public LegalGender ChildGender { get; set; }

    public string? ChildBirthYearMonth { get; set; }

    public string? Unit { get; set; }

    public bool IsProtectedIdentity { get; set; }

    public bool HasViolenceConcern { get; set; }

    public InvestigationOrigin Origin { get; init; }

    public Guid? AssessmentId { get; init; }

    public InvestigationStatus Status { get; set; }

    public DateTimeOffset OpenedAt { get; init; }

    /// <summary>The law's deadline, four months after opening; never moved by an extension.</summary>
    public DateTimeOffset StatutoryDueAt { get; init; }

    public DateTimeOffset DueAt { get; set; }

    /// <summary>Opened within 30 days of closing another investigation of the child: flagged for the unit manager.</summary>
    public bool ChainedInvestigation { get; init; }

    public Guid? PreviousInvestigationId { get; init; }

    public DateOnly? GuardiansInformedOn { get; set; }

    public InformedManner? GuardiansInformedManner { get; set; }

    public DateTimeOffset? GuardiansInformedRecordedAt { get; set; }

    public string? GuardiansInformedRecordedByName { get; set; }

    public InvestigationOutcome? Outcome { get; set; }

    public string? DecisionReasoning { get; set; }

    public DateTimeOffset? ConcludedAt { get; set; }

    public bool? ConcludedWithinDeadline { get; set; }

    public bool? ConcludedWithinStatutoryDeadline { get; set; }

    public string? DeciderId { get; set; }

    public string? DeciderName { get; set; }

    public string? DeciderRole { get; set; }

    public DelegationBasis? DelegationBasis { get; set; }

    public int? DelegationOrderVersion { get; set; }

    public Guid? SubDelegationId { get; set; }

    public DateOnly? CommitteeMeetingDate { get; set; }

    public string? CommitteeProtocolParagraph { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Optimistic concurrency: a report attaching and a decision cannot both win unseen.</summary>
    public int Version { get; set; }

    public List<ReportRecord> Reports { get; } = [];

    public List<InvestigationExtension> Extensions { get; } = [];

    /// <summary>Every recording of the documentation, oldest first; none is overwritten.</summary>
    public List<DocumentationRecord> Documentation { get; } = [];

    public List<Intervention> Interventions { get; } = [];

    public bool IsExtended => DueAt != StatutoryDueAt;

    /// <summary>A crime against the child may be known when violence is a concern: the police-report stance is then required ("no known crime" is one).</summary>
    public bool RequiresPoliceReportStance => HasViolenceConcern;

    public bool GuardiansNotInformed => GuardiansInformedOn is null;

    public bool IsOverdue(DateTimeOffset now) => Status == InvestigationStatus.Open && now >= DueAt;
}
