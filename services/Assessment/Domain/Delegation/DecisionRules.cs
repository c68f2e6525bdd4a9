using System.Text.Json;
using Platform.Contracts.Assessment;
using Platform.ServiceDefaults.Authentication;

namespace Assessment.Domain.Delegation;

/// <summary>The fixed rules around each decision type, and the rule names a refusal cites.</summary>
internal static class DecisionRules
{
    /// <summary>Only staff with a social-work degree or equivalent may assess (3 kap. 3 a § SoL).</summary>
    public const string QualifiedStaffRule = "qualified-staff";

    /// <summary>Only the head of department changes the delegation order and writes sub-delegations.</summary>
    public const string DelegationChangesRule = "delegation-changes";

    public static string DelegationRule(DecisionType decision) => "delegation-order:" + Name(decision);

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
