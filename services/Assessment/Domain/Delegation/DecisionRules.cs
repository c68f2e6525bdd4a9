using Platform.Contracts;
using Platform.Contracts.Assessment;
using Platform.Contracts.Delegation;

namespace Assessment.Domain.Delegation;

/// <summary>Which decision an assessment outcome is, and the provision it is taken under.</summary>
internal static class DecisionRules
{
    public static DecisionType For(AssessmentOutcome outcome) => outcome switch
    {
        AssessmentOutcome.OpenInvestigation => DecisionType.OpenInvestigation,
        AssessmentOutcome.DoNotOpen => DecisionType.DoNotOpen,
        AssessmentOutcome.InvestigationAlreadyOngoing => DecisionType.InvestigationAlreadyOngoing,
        AssessmentOutcome.Forwarded => DecisionType.ForwardToAnotherMunicipality,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    /// <summary>The provision a decision with this outcome is taken under.</summary>
    public static string ProvisionFor(AssessmentOutcome outcome) => outcome switch
    {
        AssessmentOutcome.OpenInvestigation => LegalProvisionIds.Investigation,
        AssessmentOutcome.Forwarded => LegalProvisionIds.Forwarding,
        _ => LegalProvisionIds.InitialAssessment,
    };
}
