using Platform.Contracts.Assessment;
using Platform.Contracts.Intake;

namespace Assessment.Features.Worklist;

/// <summary>An open assessment on a worklist, with its marks.</summary>
internal sealed record AssessmentWorkItem(
    Guid AssessmentId,
    Guid ChildId,
    string? Unit,
    DateTimeOffset ReceivedAt,
    DateTimeOffset StatutoryDueAt,
    DateTimeOffset DueAt,
    DateOnly DueDate,
    bool Overdue,
    bool Extended,
    bool IsStatutory,
    bool HasViolenceConcern,
    TriageColour? Triage,
    string? AssigneeName,
    int ReportCount);

/// <summary>An open feedback task on a worklist: which reporter (by case number and category) to tell which outcome.</summary>
internal sealed record FeedbackWorkItem(
    Guid FeedbackTaskId,
    Guid AssessmentId,
    Guid ReportId,
    string CaseNumber,
    ReporterCategory ReporterCategory,
    AssessmentOutcome Outcome,
    DateTimeOffset DueAt,
    DateOnly DueDate,
    bool Overdue);
