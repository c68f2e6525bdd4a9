using Platform.Contracts;

namespace Intake.Domain.Rules;

/// <summary>
/// The deadline rules intake applies (DOMAIN.md §5), as data. A change in the law is a new
/// version with its own valid-from date; the version in force on the date counted from applies.
/// </summary>
internal static class RuleCatalogue
{
    // The act is named in the text because SoL (2025:400) renumbers the sections; its versions are added here.
    private static readonly DeadlineRule[] Rules =
    [
        new(RuleIds.ProtectionAssessment, RulePeriod.Hours(24), "11 kap. 1 a § SoL (2001:453)", RuleBasis.Statutory, new DateOnly(2013, 1, 1)),
        new(RuleIds.InitialAssessment, RulePeriod.Days(14), "11 kap. 1 a § SoL (2001:453)", RuleBasis.Statutory, new DateOnly(2013, 1, 1)),
    ];

    /// <summary>The version of a rule in force on a local date; throws when the rule did not exist yet.</summary>
    public static DeadlineRule InForce(string ruleId, DateOnly on) =>
        Rules.Where(r => r.RuleId == ruleId && r.ValidFrom <= on).MaxBy(r => r.ValidFrom)
        ?? throw new InvalidOperationException($"No version of rule {ruleId} is in force on {on:yyyy-MM-dd}.");
}
