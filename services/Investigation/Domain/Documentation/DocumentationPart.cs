namespace Investigation.Domain.Documentation;

/// <summary>The structured parts of an investigation's documentation (BBIC, DOMAIN.md §2.3).</summary>
internal enum DocumentationPart
{
    InvestigationPlan,
    ChildHeard,
    ChildView,
    Consultation,
    RiskAssessment,
    PoliceReport,
    Communication,
    NeedsAssessment,
    GuardiansAbility,
    Conclusion,
}
