using System.Text.Json;
using Platform.BuildingBlocks.Authorization;
using Platform.Contracts.Assessment;
using Platform.ServiceDefaults.Authentication;

namespace Assessment.Domain.Delegation;

/// <summary>The fixed rules around each decision type, and the delegation rule a refusal cites.</summary>
internal static class DecisionRules
{
    public static string DelegationRule(DecisionType decision) => AccessRules.DelegationOrder(Name(decision));

    public static string Name(DecisionType decision) => JsonNamingPolicy.KebabCaseLower.ConvertName(decision.ToString());

    /// <summary>The committee is not staff; the qualification requirement binds officials who assess.</summary>
    public static bool RequiresQualification(DecisionType decision, string role) =>
        decision is not DecisionType.ExtendAssessment && role != PlatformRoles.Namnd;

    public static DecisionType For(AssessmentOutcome outcome) => outcome switch
    {
        AssessmentOutcome.OpenInvestigation => DecisionType.OpenInvestigation,
        AssessmentOutcome.DoNotOpen => DecisionType.DoNotOpen,
        AssessmentOutcome.InvestigationAlreadyOngoing => DecisionType.InvestigationAlreadyOngoing,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
