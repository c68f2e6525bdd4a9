using System.Text.Json;
using Platform.BuildingBlocks.Authorization;
using Platform.Contracts;
using Platform.Contracts.Assessment;

namespace Assessment.Domain.Delegation;

/// <summary>The fixed rules around each decision type, and the delegation rule a refusal cites.</summary>
internal static class DecisionRules
{
    public static string DelegationRule(DecisionType decision) => AccessRules.DelegationOrder(Name(decision));

    public static string Name(DecisionType decision) => JsonNamingPolicy.KebabCaseLower.ConvertName(decision.ToString());

    /// <summary>The qualification requirement binds officials who assess; extending a deadline is a manager's decision, not an assessment.</summary>
    public static bool RequiresQualification(DecisionType decision) => decision is not DecisionType.ExtendAssessment;

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
