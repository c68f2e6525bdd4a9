using Intake.Domain.Reports;
using Intake.Http;
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

        Text(request.Circumstances, "circumstances", IntakeLimits.CircumstancesLength, errors);
        errors.Require(request.ImmediateProtectionNeeded is not null, "immediateProtectionNeeded", "Required: true or false.");
        Text(request.ActionsTaken, "actionsTaken", IntakeLimits.ActionsTakenLength, errors);
        return errors.IsValid ? assessedAt : null;
    }

    private static void Text(string? text, string field, int length, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "Required.");
        }
        else if (text.Trim().Length > length)
        {
            errors.Add(field, $"At most {length} characters.");
        }
    }
}
