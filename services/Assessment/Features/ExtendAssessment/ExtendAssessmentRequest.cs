namespace Assessment.Features.ExtendAssessment;

/// <summary>The body of <c>POST /api/assessment/assessments/{id}/extensions</c>: the new last day and the synnerliga skäl.</summary>
internal sealed record ExtendAssessmentRequest(DateOnly? NewDueDate, string? Reason);
