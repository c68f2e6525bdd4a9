namespace Platform.Rules;

/// <summary>Whether a rule comes from law (never changed by a municipality) or from the municipality (may be tightened).</summary>
public enum RuleBasis
{
    Statutory,
    Municipal,
}
