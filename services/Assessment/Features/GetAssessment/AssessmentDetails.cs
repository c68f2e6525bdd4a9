using Assessment.Domain.Assessments;
using Platform.Contracts.Assessment;
using Platform.Contracts.Intake;

namespace Assessment.Features.GetAssessment;

/// <summary>An assessment as the API shows it to the municipality's staff.</summary>
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
    DateTimeOffset OriginalDueAt,
    DateTimeOffset DueAt,
    DateOnly DueDate,
    bool Overdue,
    bool Extended,
    bool HasViolenceConcern,
    bool PriorKnowledgeInRecords,
    TriageColour? Triage,
    AssigneeDetails? Assignee,
    PriorKnowledgeDetails? PriorKnowledge,
    ChildViewDetails? ChildView,
    DecisionDetails? Decision,
    IReadOnlyList<ReportSummary> Reports,
    IReadOnlyList<ExtensionDetails> Extensions,
    IReadOnlyList<FeedbackTaskDetails> FeedbackTasks);

internal sealed record AssigneeDetails(string Id, string Name, DateTimeOffset AssignedAt, string? AssignedByName);

internal sealed record PriorKnowledgeDetails(bool HasPriorKnowledge, string? Weighing, DateTimeOffset? RecordedAt, string? RecordedByName);

internal sealed record ChildViewDetails(bool Obtained, string? Text, DateTimeOffset? RecordedAt, string? RecordedByName);

internal sealed record DecisionDetails(
    AssessmentOutcome Outcome,
    string? Reasoning,
    DateTimeOffset DecidedAt,
    bool WithinDeadline,
    bool Late,
    string? DeciderName,
    string? DeciderRole,
    DelegationBasis? DelegationBasis,
    string? ViolenceOverrideReason,
    bool FlaggedForQualityFollowUp,
    bool RecordedAutomatically);

internal sealed record ReportSummary(
    Guid ReportId,
    string CaseNumber,
    Classification Classification,
    DateTimeOffset ReceivedAt,
    ReportDisposition Disposition,
    ReporterCategory ReporterCategory,
    bool IsMandatoryReporter,
    bool FeedbackRequested);

internal sealed record ExtensionDetails(
    DateTimeOffset PreviousDueAt,
    DateTimeOffset NewDueAt,
    string Reason,
    DateTimeOffset ExtendedAt,
    string ExtendedByName,
    string ExtendedByRole,
    DelegationBasis DelegationBasis);

internal sealed record FeedbackTaskDetails(
    Guid FeedbackTaskId,
    Guid ReportId,
    string CaseNumber,
    ReporterCategory ReporterCategory,
    AssessmentOutcome Outcome,
    DateTimeOffset DueAt,
    DateTimeOffset? GivenAt,
    string? GivenByName,
    bool? WithinDeadline);
