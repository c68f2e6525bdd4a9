namespace Platform.Contracts;

/// <summary>Ids of the deadline rules in the rule catalogue (DOMAIN.md §5).</summary>
public static class RuleIds
{
    /// <summary>Immediate protection assessment of an anmälan: 24 h from receipt.</summary>
    public const string ProtectionAssessment = "protection-assessment";

    /// <summary>Decide whether to investigate: 14 days from receipt.</summary>
    public const string InitialAssessment = "initial-assessment";

    /// <summary>Tell a mandatory reporter who asked: 7 days from the decision.</summary>
    public const string ReporterFeedback = "reporter-feedback";

    /// <summary>Complete the investigation: 4 months from opening.</summary>
    public const string Investigation = "investigation";

    /// <summary>Report a favourable decision not executed: 3 months from the decision.</summary>
    public const string NonExecutedDecision = "non-executed-decision";

    /// <summary>Care and implementation plan: 30 days from placement start.</summary>
    public const string CarePlan = "care-plan";

    /// <summary>Övervägande / omprövning: every 6 months.</summary>
    public const string PlacementReview = "placement-review";

    /// <summary>Consider transferring custody: 2 years, then 12 months.</summary>
    public const string CustodyTransferConsideration = "custody-transfer-consideration";

    /// <summary>Visit with an individual conversation: every 3 months.</summary>
    public const string PlacementVisit = "placement-visit";

    /// <summary>Criminal-record check of the foster home: every 12 months.</summary>
    public const string FosterHomeRecordCheck = "foster-home-record-check";

    /// <summary>Follow up a child after LVU care ended: within 6 months.</summary>
    public const string PostLvuFollowUp = "post-lvu-follow-up";

    /// <summary>Investigate a reported deviation: 6 weeks.</summary>
    public const string DeviationInvestigation = "deviation-investigation";

    /// <summary>Send the completed Lex Sarah investigation to IVO: 2 months.</summary>
    public const string LexSarahIvoReport = "lex-sarah-ivo-report";
}
