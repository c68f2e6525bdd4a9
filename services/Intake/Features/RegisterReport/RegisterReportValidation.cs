using Intake.Domain.Reports;
using Platform.Contracts;
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
        var reporter = ReporterValidation.Validate(request.Reporter, StockholmCalendar.LocalDate(now), errors);
        var child = ChildValidation.Validate(request.Child, StockholmCalendar.LocalDate(now), errors);
        var concerns = Concerns(request.ConcernCategories, errors);
        var violenceByCloseRelative = ViolenceByCloseRelative(request.ViolenceByCloseRelative, concerns, StockholmCalendar.LocalDate(now), errors);
        var classificationReason = ClassificationReason(request.ClassificationReason, classification, reporter, errors);
        var description = request.Description?.Trim();
        errors.Require(!string.IsNullOrEmpty(description), "description", "Required.");
        errors.Require((description?.Length ?? 0) <= IntakeLimits.DescriptionLength, "description", $"At most {IntakeLimits.DescriptionLength} characters.");
        var unit = string.IsNullOrWhiteSpace(request.Unit) ? null : request.Unit.Trim();
        errors.Require((unit?.Length ?? 0) <= IntakeLimits.UnitLength, "unit", $"At most {IntakeLimits.UnitLength} characters.");

        return errors.IsValid
            ? new NewReport(receivedAt!.Value, channel!.Value, classification!.Value, classificationReason, reporter!, child!, concerns, violenceByCloseRelative, description!, unit)
            : null;
    }

    /// <summary>A concern of violence must say whether it concerns a närstående: that decides whether "do not open" is allowed.</summary>
    private static bool? ViolenceByCloseRelative(bool? value, List<ConcernCategory> concerns, DateOnly today, ValidationErrors errors)
    {
        if (concerns.Contains(ConcernCategory.Violence))
        {
            errors.Require(value is not null, "violenceByCloseRelative",
                $"Required with a concern of violence: true when the child may have been subjected to, or has witnessed, violence or abuse by a närstående ({RuleCatalogue.Provision(LegalProvisionIds.ViolenceByCloseRelative, today).Display}).");
            return value;
        }

        errors.Require(value is null, "violenceByCloseRelative", "Only with the concern category violence.");
        return null;
    }

    /// <summary>A mandatory reporter's report is an anmälan (14 kap. 1 § SoL); anything else needs a written reason.</summary>
    private static string? ClassificationReason(string? text, Classification? classification, NewReport.Reporter? reporter, ValidationErrors errors)
    {
        var reason = TextFields.Optional(text, "classificationReason", errors, IntakeLimits.ReasonLength);
        if (reporter is { IsMandatory: true } && classification is { } chosen && chosen != Classification.Anmalan)
        {
            errors.Require(reason is not null, "classificationReason",
                "Required: a report from a mandatory reporter is an anmälan; say why it is registered as " + KebabEnum.Name(chosen) + ".");
        }

        return reason;
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
