using Assessment.Domain.Assessments;
using Platform.Contracts.Assessment;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.DecideAssessment;

/// <summary>The checks on <see cref="DecideAssessmentRequest"/>: each error names its field, and nothing is written unless all pass.</summary>
internal static class DecideAssessmentValidation
{
    public static (AssessmentOutcome Outcome, string Reasoning, string? OverrideReason)? Validate(DecideAssessmentRequest request, InitialAssessment assessment, ValidationErrors errors)
    {
        errors.Require(request.Outcome is not null, "outcome", "Required: open-investigation, do-not-open or investigation-already-ongoing.");
        var reasoning = TextFields.Required(request.Reasoning, "reasoning", errors);
        var overrideReason = request.Outcome is { } outcome && assessment.NeedsViolenceOverride(outcome)
            ? TextFields.Required(request.ViolenceOverrideReason, "violenceOverrideReason", errors)
            : null;
        return errors.IsValid ? (request.Outcome!.Value, reasoning!, overrideReason) : null;
    }
}
