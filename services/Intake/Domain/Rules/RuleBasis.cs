namespace Intake.Domain.Rules;

/// <summary>Whether a rule comes from law (never loosened) or from the municipality (may be tightened).</summary>
internal enum RuleBasis
{
    Statutory,
    Municipal,
}
