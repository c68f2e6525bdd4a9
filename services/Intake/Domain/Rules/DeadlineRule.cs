namespace Intake.Domain.Rules;

/// <summary>One version of a deadline rule: in force from <see cref="ValidFrom"/> until a later version replaces it.</summary>
internal sealed record DeadlineRule(string RuleId, RulePeriod Period, string LegalReference, RuleBasis Basis, DateOnly ValidFrom);
