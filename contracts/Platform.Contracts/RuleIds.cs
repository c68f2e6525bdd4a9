namespace Platform.Contracts;

/// <summary>
/// Ids of the rules in the rule catalogue (DOMAIN.md §5). Their periods, how they are counted and
/// the legal texts they cite are data in <c>Platform.Rules</c>, and nowhere else.
/// </summary>
public static class RuleIds
{
    /// <summary>Immediate protection assessment of an anmälan.</summary>
    public const string ProtectionAssessment = "protection-assessment";

    /// <summary>Decide whether to investigate an anmälan.</summary>
    public const string InitialAssessment = "initial-assessment";

    /// <summary>Decide whether to investigate when the assessment holds only annan kännedom (a municipal rule).</summary>
    public const string InitialAssessmentAnnanKannedom = "initial-assessment-annan-kannedom";

    /// <summary>Tell a mandatory reporter who asked.</summary>
    public const string ReporterFeedback = "reporter-feedback";

    /// <summary>Complete the investigation.</summary>
    public const string Investigation = "investigation";

    /// <summary>Report a favourable decision not executed.</summary>
    public const string NonExecutedDecision = "non-executed-decision";

    /// <summary>Care and implementation plan in place.</summary>
    public const string CarePlan = "care-plan";

    /// <summary>Övervägande / omprövning, recurring.</summary>
    public const string PlacementReview = "placement-review";

    /// <summary>Consider transferring custody, recurring.</summary>
    public const string CustodyTransferConsideration = "custody-transfer-consideration";

    /// <summary>Visit with an individual conversation, recurring.</summary>
    public const string PlacementVisit = "placement-visit";

    /// <summary>Criminal-record check of the foster home, recurring.</summary>
    public const string FosterHomeRecordCheck = "foster-home-record-check";

    /// <summary>Follow up a child after LVU care ended.</summary>
    public const string PostLvuFollowUp = "post-lvu-follow-up";

    /// <summary>Investigate a reported deviation.</summary>
    public const string DeviationInvestigation = "deviation-investigation";

    /// <summary>Send the completed Lex Sarah investigation to IVO.</summary>
    public const string LexSarahIvoReport = "lex-sarah-ivo-report";
}
