using Assessment.Domain.Assessments;
using Assessment.Features.Shared;
using Platform.Contracts.Assessment;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.DecideAssessment;

/// <summary>
/// The body of <c>POST /api/assessment/assessments/{id}/decision</c>. A "do not open" on a concern of
/// violence also needs <c>violenceOverrideReason</c> (the local rule is to open an investigation).
/// </summary>
internal sealed record DecideAssessmentRequest(AssessmentOutcome? Outcome, string? Reasoning, string? ViolenceOverrideReason)
{
    public (AssessmentOutcome Outcome, string Reasoning, string? OverrideReason)? Validate(InitialAssessment assessment, ValidationErrors errors)
    {
        errors.Require(Outcome is not null, "outcome", "Required: open-investigation, do-not-open or investigation-already-ongoing.");
        var reasoning = TextRules.Required(Reasoning, "reasoning", errors);
        var overrideReason = Outcome is { } outcome && assessment.NeedsViolenceOverride(outcome)
            ? TextRules.Required(ViolenceOverrideReason, "violenceOverrideReason", errors)
            : null;
        return errors.IsValid ? (Outcome!.Value, reasoning!, overrideReason) : null;
    }
}
