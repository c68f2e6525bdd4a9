using System.Text.Json;
using Platform.BuildingBlocks.Authorization;
using Platform.Contracts.Delegation;

namespace Platform.BuildingBlocks.Delegation;

/// <summary>How a decision type is written, the rule a refusal cites, and the fixed rules around it.</summary>
public static class DecisionNames
{
    public static string Name(DecisionType decision) => JsonNamingPolicy.KebabCaseLower.ConvertName(decision.ToString());

    public static string DelegationRule(DecisionType decision) => AccessRules.DelegationOrder(Name(decision));

    /// <summary>The qualification requirement binds officials who assess or investigate; extending a deadline is a manager's decision, not an assessment.</summary>
    public static bool RequiresQualification(DecisionType decision) =>
        decision is not (DecisionType.ExtendAssessment or DecisionType.ExtendInvestigation);
}
