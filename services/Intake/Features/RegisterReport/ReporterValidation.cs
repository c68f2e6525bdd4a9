using Intake.Domain.Reports;
using Platform.Contracts;
using Platform.Contracts.Intake;
using Platform.Rules;
using Platform.ServiceDefaults.Problems;

namespace Intake.Features.RegisterReport;

internal static class ReporterValidation
{
    public static NewReport.Reporter? Validate(RegisterReportRequest.ReporterFields? reporter, DateOnly today, ValidationErrors errors)
    {
        if (reporter is null)
        {
            errors.Add("reporter", "Required: who made the report, at least as a category.");
            return null;
        }

        var category = KebabEnum.Require<ReporterCategory>(reporter.Category, "reporter.category", errors);
        errors.Require(reporter.IsMandatoryReporter is not null, "reporter.isMandatoryReporter", "Required: true or false.");
        errors.Require(reporter.RequestedFeedback is not null, "reporter.requestedFeedback", "Required: true or false.");
        var name = Optional(reporter.Name, "reporter.name", errors);
        var organisation = Optional(reporter.Organisation, "reporter.organisation", errors);
        var contact = Optional(reporter.Contact, "reporter.contact", errors);
        if (category == ReporterCategory.Anonymous)
        {
            errors.Require(name is null && contact is null, "reporter.name", "An anonymous reporter has no name or contact.");
        }

        // 14 kap. 1 § SoL binds authorities and professionals; a private person or an anonymous reporter never is one.
        if (category is ReporterCategory.PrivatePerson or ReporterCategory.Anonymous)
        {
            errors.Require(reporter.IsMandatoryReporter != true, "reporter.isMandatoryReporter",
                $"Only a professional category can be a mandatory reporter ({RuleCatalogue.Provision(LegalProvisionIds.MandatoryReporter, today).Display}): {KebabEnum.Name(category.Value)} cannot.");
        }

        return errors.IsValid
            ? new NewReport.Reporter(category!.Value, reporter.IsMandatoryReporter!.Value, reporter.RequestedFeedback!.Value, name, organisation, contact)
            : null;
    }

    private static string? Optional(string? text, string field, ValidationErrors errors)
    {
        var value = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        errors.Require((value?.Length ?? 0) <= IntakeLimits.NameLength, field, $"At most {IntakeLimits.NameLength} characters.");
        return value;
    }
}
