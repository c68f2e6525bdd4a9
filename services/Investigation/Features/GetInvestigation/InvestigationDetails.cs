using Investigation.Domain.Documentation;
using Investigation.Domain.Investigations;
using Platform.Contracts.Assessment;
using Platform.Contracts.Intake;
using Platform.Contracts.Investigation;

namespace Investigation.Features.GetInvestigation;

/// <summary>
/// An investigation as the API shows it to the municipality's staff. About a child with a protected
/// identity, its texts are shown only to the roles allowed (<c>TextsHidden</c> says so).
/// </summary>
internal sealed record InvestigationDetails(
    Guid InvestigationId,
    Guid ChildId,
    InvestigationStatus Status,
    string? Unit,
    InvestigationOrigin Origin,
    Guid? AssessmentId,
    string RuleId,
    string LegalReference,
    bool LegalReferenceVerified,
    DateTimeOffset OpenedAt,
    DateTimeOffset StatutoryDueAt,
    DateOnly StatutoryDueDate,
    DateTimeOffset DueAt,
    DateOnly DueDate,
    bool Overdue,
    bool Extended,
    bool ChainedInvestigation,
    Guid? PreviousInvestigationId,
    bool HasViolenceConcern,
    bool PoliceReportStanceRequired,
    bool IsProtectedIdentity,
    bool TextsHidden,
    LegalGender ChildGender,
    string? ChildBirthYearMonth,
    GuardiansInformedDetails? GuardiansInformed,
    bool GuardiansNotInformed,
    IReadOnlyList<string> MissingParts,
    DocumentationDetails Documentation,
    IReadOnlyList<DocumentationEntry> DocumentationHistory,
    IReadOnlyList<ReportSummary> Reports,
    IReadOnlyList<ExtensionDetails> Extensions,
    DecisionDetails? Decision,
    IReadOnlyList<InterventionDetails> Interventions);

internal sealed record GuardiansInformedDetails(DateOnly InformedOn, InformedManner Manner, DateTimeOffset? RecordedAt, string? RecordedByName);

/// <summary>The documentation in force: the latest recording of each single part, every recording of a list part.</summary>
internal sealed record DocumentationDetails(
    DocumentationEntry? InvestigationPlan,
    DocumentationEntry? ChildHeard,
    DocumentationEntry? ChildView,
    DocumentationEntry? RiskAssessment,
    DocumentationEntry? PoliceReport,
    DocumentationEntry? NeedsAssessment,
    DocumentationEntry? GuardiansAbility,
    DocumentationEntry? Conclusion,
    IReadOnlyList<DocumentationEntry> Consultations,
    IReadOnlyList<DocumentationEntry> Communications);

/// <summary>One recording: its part, its structured content, who recorded it when.</summary>
internal sealed record DocumentationEntry(Guid RecordId, DocumentationPart Part, object Content, DateTimeOffset RecordedAt, string RecordedByName);

internal sealed record ReportSummary(Guid ReportId, Classification Classification, DateTimeOffset ReceivedAt, DateTimeOffset? AttachedAt);

internal sealed record ExtensionDetails(
    DateTimeOffset PreviousDueAt,
    DateTimeOffset NewDueAt,
    DateOnly NewDueDate,
    string? Reason,
    DateTimeOffset ExtendedAt,
    string ExtendedByName,
    string ExtendedByRole,
    DelegationBasis DelegationBasis,
    int? DelegationOrderVersion,
    Guid? SubDelegationId);

/// <summary>The decision: lateness against the statutory deadline and against the one in force; who took it, under which delegation or committee.</summary>
internal sealed record DecisionDetails(
    InvestigationOutcome Outcome,
    string? Reasoning,
    DateTimeOffset ConcludedAt,
    bool WithinDeadline,
    bool WithinStatutoryDeadline,
    string? DeciderName,
    string? DeciderRole,
    DelegationBasis? DelegationBasis,
    int? DelegationOrderVersion,
    Guid? SubDelegationId,
    DateOnly? CommitteeMeetingDate,
    string? CommitteeProtocolParagraph);

/// <summary>An intervention decided, and where its execution stands (16 kap. 6 f § SoL).</summary>
internal sealed record InterventionDetails(
    Guid InterventionId,
    InterventionKind Kind,
    OpenCareType? OpenCareType,
    string? OpenCareName,
    PlacementType? PlacementType,
    LegalBasis LegalBasis,
    string? ProviderOrganisationNumber,
    Guid? FosterHomeId,
    bool LongTermCare,
    bool ImmediateCustody,
    Platform.Contracts.Delegation.DecisionType Decision,
    DelegationBasis DelegationBasis,
    DateTimeOffset DecidedAt,
    DateOnly DecidedOn,
    DateTimeOffset NotExecutedAt,
    DateOnly NotExecutedFrom,
    bool NotExecuted,
    DateOnly? StartedOn,
    bool StartedLate,
    DateOnly? EndedOn,
    UnexecutedReason? EndReason,
    UnexecutedReason? DelayReason);
