using Assessment.Domain.Assessments;
using Platform.Contracts.Assessment;
using Platform.Contracts.Intake;

namespace Assessment.Features.GetAssessment;

/// <summary>
/// An assessment as the API shows it to the municipality's staff. About a child with a protected
/// identity, its texts are shown only to the roles the municipality names (<c>TextsHidden</c> says so).
/// </summary>
internal sealed record AssessmentDetails(
    Guid AssessmentId,
    Guid ChildId,
    AssessmentStatus Status,
    string? Unit,
    string RuleId,
    bool IsStatutory,
    string LegalReference,
    bool LegalReferenceVerified,
    DateTimeOffset ReceivedAt,
    DateTimeOffset StatutoryDueAt,
    DateOnly StatutoryDueDate,
    DateTimeOffset DueAt,
    DateOnly DueDate,
    bool Overdue,
    bool Extended,
    bool HasViolenceConcern,
    bool ViolenceByCloseRelative,
    bool IsProtectedIdentity,
    bool TextsHidden,
    bool PriorKnowledgeInRecords,
    TriageColour? Triage,
    AssigneeDetails? Assignee,
    PriorKnowledgeDetails? PriorKnowledge,
    ChildViewDetails? ChildView,
    DecisionDetails? Decision,
    IReadOnlyList<ReportSummary> Reports,
    IReadOnlyList<ExtensionDetails> Extensions,
    IReadOnlyList<FeedbackTaskDetails> FeedbackTasks,
    IReadOnlyList<RecordingDetails> PriorKnowledgeHistory,
    IReadOnlyList<RecordingDetails> ChildViewHistory);

internal sealed record AssigneeDetails(string Id, string Name, DateTimeOffset AssignedAt, string? AssignedByName);

internal sealed record PriorKnowledgeDetails(bool HasPriorKnowledge, string? Weighing, DateTimeOffset? RecordedAt, string? RecordedByName);

internal sealed record ChildViewDetails(bool Obtained, string? Text, DateTimeOffset? RecordedAt, string? RecordedByName);

/// <summary>One recording of prior knowledge (answer: there is some) or of the child's view (answer: obtained).</summary>
internal sealed record RecordingDetails(bool Answer, string? Text, DateTimeOffset RecordedAt, string RecordedByName);

/// <summary>
/// The decision: lateness against the rule's own deadline and, when extended, against the extension;
/// the provision it was taken under; who took it, in which role, under which delegation.
/// </summary>
internal sealed record DecisionDetails(
    AssessmentOutcome Outcome,
    string? Reasoning,
    DateTimeOffset DecidedAt,
    bool WithinDeadline,
    bool Late,
    bool LateAgainstStatute,
    bool? LateAgainstExtension,
    string? LegalProvisionId,
    string? LegalProvision,
    string? DeciderName,
    string? DeciderRole,
    DelegationBasis? DelegationBasis,
    int? DelegationOrderVersion,
    Guid? SubDelegationId,
    CommitteeDetails? Committee,
    ForwardingDetails? ForwardedTo,
    string? ViolenceOverrideReason,
    bool FlaggedForQualityFollowUp,
    bool RecordedAutomatically);

/// <summary>A committee decision: its meeting, or the chair's urgent decision and the meeting it was reported to.</summary>
internal sealed record CommitteeDetails(bool UrgentByChair, DateOnly? MeetingDate, string? ProtocolParagraph, DateOnly? ReportedToMeetingOn, string? ReportParagraph);

internal sealed record ForwardingDetails(string Municipality, DateOnly On);

/// <summary>A report of the assessment, with the rule's deadline as it would run from this report's own receipt.</summary>
internal sealed record ReportSummary(
    Guid ReportId,
    string CaseNumber,
    Classification Classification,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? OwnStatutoryDueAt,
    DateOnly? OwnStatutoryDueDate,
    ReportDisposition Disposition,
    ReporterCategory ReporterCategory,
    bool IsMandatoryReporter,
    bool FeedbackRequested,
    bool ProtectionAssessmentRecorded);

internal sealed record ExtensionDetails(
    DateTimeOffset PreviousDueAt,
    DateTimeOffset NewDueAt,
    string? Reason,
    DateTimeOffset ExtendedAt,
    string ExtendedByName,
    string ExtendedByRole,
    DelegationBasis DelegationBasis,
    int? DelegationOrderVersion,
    Guid? SubDelegationId);

internal sealed record FeedbackTaskDetails(
    Guid FeedbackTaskId,
    Guid ReportId,
    string CaseNumber,
    ReporterCategory ReporterCategory,
    AssessmentOutcome Outcome,
    DateTimeOffset DueAt,
    FeedbackResult? Result,
    string? NotGivenReason,
    DateTimeOffset? EndedAt,
    string? EndedByName,
    bool? WithinDeadline);
