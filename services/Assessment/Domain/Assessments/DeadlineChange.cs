namespace Assessment.Domain.Assessments;

/// <summary>The deadlines before a change of an assessment's reports moved them; the assessment holds the new ones.</summary>
internal sealed record DeadlineChange(DateTimeOffset PreviousDueAt, DateTimeOffset PreviousStatutoryDueAt);
