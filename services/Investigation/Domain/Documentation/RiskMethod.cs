namespace Investigation.Domain.Documentation;

/// <summary>The structured method of a risk assessment where violence is a concern; another method is named.</summary>
internal enum RiskMethod
{
    Freda,
    Patriark,
    Other,
}
