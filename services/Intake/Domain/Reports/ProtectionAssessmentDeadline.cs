using Platform.Contracts;
using Platform.Contracts.Intake;
using Platform.Rules;

namespace Intake.Domain.Reports;

/// <summary>Only an anmälan carries the immediate protection assessment; its deadline counts from receipt.</summary>
internal static class ProtectionAssessmentDeadline
{
    /// <summary>The deadline for a report of the class, under the municipality's cut-off time (the catalogue's default when null).</summary>
    public static DateTimeOffset? For(Classification classification, DateTimeOffset receivedAt, TimeOnly? cutOff = null) =>
        classification == Classification.Anmalan ? RuleCatalogue.Due(RuleIds.ProtectionAssessment, receivedAt, cutOff) : null;
}
