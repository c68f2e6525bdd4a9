namespace Investigation.Domain.Documentation;

/// <summary>The result of a structured risk assessment.</summary>
internal enum RiskLevel
{
    Low,
    Moderate,
    High,
}
