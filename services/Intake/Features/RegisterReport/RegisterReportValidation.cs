using Intake.Domain.Reports;
using Platform.Contracts.Intake;
using Platform.Rules;
using Platform.ServiceDefaults.Problems;

namespace Intake.Features.RegisterReport;

/// <summary>Checks every field of a registration and names each bad one by its JSON path.</summary>
internal static class RegisterReportValidation
{
    public static NewReport? Validate(RegisterReportRequest request, DateTimeOffset now, ValidationErrors errors)
    {
        var receivedAt = ReceivedAt(request.ReceivedAt, now, errors);
        var channel = KebabEnum.Require<ReportChannel>(request.Channel, "channel", errors);
        var classification = KebabEnum.Require<Classification>(request.Classification, "classification", errors);
        var reporter = ReporterValidation.Validate(request.Reporter, errors);
        var child = ChildValidation.Validate(request.Child, StockholmCalendar.LocalDate(now), errors);
        var concerns = Concerns(request.ConcernCategories, errors);
        var description = request.Description?.Trim();
        errors.Require(!string.IsNullOrEmpty(description), "description", "Required.");
        errors.Require((description?.Length ?? 0) <= IntakeLimits.DescriptionLength, "description", $"At most {IntakeLimits.DescriptionLength} characters.");
        var unit = string.IsNullOrWhiteSpace(request.Unit) ? null : request.Unit.Trim();
        errors.Require((unit?.Length ?? 0) <= IntakeLimits.UnitLength, "unit", $"At most {IntakeLimits.UnitLength} characters.");

        return errors.IsValid
            ? new NewReport(receivedAt!.Value, channel!.Value, classification!.Value, reporter!, child!, concerns, description!, unit)
            : null;
    }

    private static DateTimeOffset? ReceivedAt(string? text, DateTimeOffset now, ValidationErrors errors)
    {
        if (!Instants.TryParse(text, out var receivedAt))
        {
            errors.Add("receivedAt", string.IsNullOrWhiteSpace(text) ? "Required. " + Instants.Expected : Instants.Expected);
            return null;
        }

        if (receivedAt > now + IntakeLimits.ClockSkew)
        {
            errors.Add("receivedAt", "Must not be in the future.");
        }
        else if (receivedAt < now - IntakeLimits.OldestReceipt)
        {
            errors.Add("receivedAt", "More than a year ago; check the year.");
        }

        return receivedAt;
    }

    private static List<ConcernCategory> Concerns(IReadOnlyList<string?>? texts, ValidationErrors errors)
    {
        if (texts is null || texts.Count == 0)
        {
            errors.Add("concernCategories", "At least one of: " + KebabEnum.Names<ConcernCategory>() + ".");
            return [];
        }

        var concerns = new List<ConcernCategory>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (KebabEnum.Require<ConcernCategory>(texts[i], $"concernCategories[{i}]", errors) is { } concern && !concerns.Contains(concern))
            {
                concerns.Add(concern);
            }
        }

        return concerns;
    }
}
