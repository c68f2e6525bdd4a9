using Intake.Domain.Reports;
using Platform.ServiceDefaults.Problems;

namespace Intake.Features.RecordProtectionAssessment;

/// <summary>An assessment missing any part is incomplete (DOMAIN.md §2.1), so every part is required.</summary>
internal static class RecordProtectionAssessmentValidation
{
    public static DateTimeOffset? Validate(
        RecordProtectionAssessmentRequest request,
        DateTimeOffset receivedAt,
        DateTimeOffset now,
        ValidationErrors errors)
    {
        DateTimeOffset? assessedAt = null;
        if (!Instants.TryParse(request.AssessedAt, out var parsed))
        {
            errors.Add("assessedAt", string.IsNullOrWhiteSpace(request.AssessedAt) ? "Required. " + Instants.Expected : Instants.Expected);
        }
        else if (parsed > now + IntakeLimits.ClockSkew)
        {
            errors.Add("assessedAt", "Must not be in the future.");
        }
        else if (parsed < receivedAt)
        {
            errors.Add("assessedAt", "Must not be before the report was received.");
        }
        else
        {
            assessedAt = parsed;
        }

        TextFields.Required(request.Circumstances, "circumstances", errors, IntakeLimits.CircumstancesLength);
        errors.Require(request.ImmediateProtectionNeeded is not null, "immediateProtectionNeeded", "Required: true or false.");
        TextFields.Required(request.ActionsTaken, "actionsTaken", errors, IntakeLimits.ActionsTakenLength);
        return errors.IsValid ? assessedAt : null;
    }
}
