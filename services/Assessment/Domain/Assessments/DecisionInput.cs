using Platform.Contracts.Assessment;

namespace Assessment.Domain.Assessments;

/// <summary>What a decision says: the outcome, its reasoning, and what the outcome needs besides.</summary>
internal sealed record DecisionInput(AssessmentOutcome Outcome, string Reasoning, string? ViolenceOverrideReason, Forwarding? ForwardedTo);
