using Platform.ServiceDefaults.Problems;

namespace Quality.Features.Deviations;

internal static class DeviationValidation
{
    public const int TextLength = 4000;

    public static (string Description, int Probability, int Severity)? Validate(ReportDeviationRequest request, ValidationErrors errors)
    {
        var description = TextFields.Required(request.Description, "description", errors, TextLength);
        errors.Require(request.Probability is >= 1 and <= 4, "probability", "The probability is 1 to 4.");
        errors.Require(request.Severity is >= 1 and <= 4, "severity", "The severity is 1 to 4.");
        errors.Require(request.Unit is null || request.Unit.Length <= 100, "unit", "A unit is at most 100 characters.");
        return errors.IsValid ? (description!, request.Probability!.Value, request.Severity!.Value) : null;
    }

    public static (string Causes, string Actions, string FollowUp)? Validate(InvestigateDeviationRequest request, ValidationErrors errors)
    {
        var causes = TextFields.Required(request.Causes, "causes", errors, TextLength);
        var actions = TextFields.Required(request.Actions, "actions", errors, TextLength);
        var followUp = TextFields.Required(request.FollowUp, "followUp", errors, TextLength);
        return errors.IsValid ? (causes!, actions!, followUp!) : null;
    }
}
