using Intake.Domain.Reports;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Problems;

namespace Intake.Features.ReclassifyReport;

/// <summary>A reclassification names the new class and why (DOMAIN.md §2.1: who and why are kept).</summary>
internal static class ReclassifyReportValidation
{
    public static Classification? Validate(ReclassifyReportRequest request, Classification current, ValidationErrors errors)
    {
        var to = KebabEnum.Require<Classification>(request.Classification, "classification", errors);
        if (to == current)
        {
            errors.Add("classification", "The report is already classified as " + KebabEnum.Name(current) + ".");
        }

        var reason = request.Reason?.Trim();
        errors.Require(!string.IsNullOrEmpty(reason), "reason", "Required: why the class changes.");
        errors.Require((reason?.Length ?? 0) <= IntakeLimits.ReasonLength, "reason", $"At most {IntakeLimits.ReasonLength} characters.");
        return errors.IsValid ? to : null;
    }
}
