using Platform.Contracts.Intake;

namespace Assessment.Domain.Rules;

/// <summary>One entry of the rule catalogue: a period, its legal basis, and from when it applies.</summary>
/// <param name="RuleId">The catalogue id, e.g. <c>assessment-decision</c>.</param>
/// <param name="Period">How long the period is.</param>
/// <param name="LegalReference">The provision the period comes from.</param>
/// <param name="IsStatutory">False for a municipal rule that is not in the law.</param>
/// <param name="ValidFrom">The first day the entry applies.</param>
/// <param name="AppliesTo">The report class the entry is for; null for every class.</param>
internal sealed record RuleDefinition(
    string RuleId,
    RulePeriod Period,
    string LegalReference,
    bool IsStatutory,
    DateOnly ValidFrom,
    Classification? AppliesTo = null);
