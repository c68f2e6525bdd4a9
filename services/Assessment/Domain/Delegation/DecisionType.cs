namespace Assessment.Domain.Delegation;

/// <summary>The decisions of this service that the delegation order governs.</summary>
internal enum DecisionType
{
    OpenInvestigation,
    DoNotOpen,
    InvestigationAlreadyOngoing,
    ExtendAssessment,
    ForwardToAnotherMunicipality,
}
