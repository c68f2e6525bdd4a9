using Platform.Contracts;

namespace Platform.Rules.Tests;

// The references in force on either side of SoL (2025:400) entering into force on 2025-07-01: from
// then the new act is cited, with the old section where the new one is not yet verified.
public sealed partial class RuleCatalogueTests
{
    public static TheoryData<string, string, string, bool> References => new()
    {
        // The assessment's new section is known; the others are not yet verified against the new act.
        { RuleIds.InitialAssessment, "2013-01-01", "11 kap. 1 a § SoL (2001:453)", true },
        { RuleIds.InitialAssessment, "2025-06-30", "11 kap. 1 a § SoL (2001:453)", true },
        { RuleIds.InitialAssessment, "2025-07-01", "20 kap. 2 § SoL (2025:400)", true },
        { RuleIds.InitialAssessmentAnnanKannedom, "2025-06-30", "Kommunal regel: samma tid som 11 kap. 1 a § SoL (2001:453), för annan kännedom", true },
        { RuleIds.InitialAssessmentAnnanKannedom, "2025-07-01", "Kommunal regel: samma tid som 20 kap. 2 § SoL (2025:400), för annan kännedom", true },
        { RuleIds.ProtectionAssessment, "2025-06-30", "11 kap. 1 a § SoL (2001:453)", true },
        { RuleIds.ProtectionAssessment, "2025-07-01", "SoL (2025:400), motsvarande 11 kap. 1 a § SoL (2001:453)", false },
        { RuleIds.ReporterFeedback, "2025-06-30", "Kommunal regel: återkoppling till anmälare med anmälningsplikt (14 kap. 1 § SoL (2001:453))", true },
        { RuleIds.ReporterFeedback, "2025-07-01", "Kommunal regel: återkoppling till anmälare med anmälningsplikt (SoL (2025:400), motsvarande 14 kap. 1 § SoL (2001:453))", false },
        { RuleIds.Investigation, "2025-06-30", "11 kap. 2 § SoL (2001:453)", true },
        { RuleIds.Investigation, "2025-07-01", "SoL (2025:400), motsvarande 11 kap. 2 § SoL (2001:453)", false },
        { RuleIds.NonExecutedDecision, "2025-06-30", "16 kap. 6 f § SoL (2001:453)", true },
        { RuleIds.NonExecutedDecision, "2025-07-01", "SoL (2025:400), motsvarande 16 kap. 6 f § SoL (2001:453)", false },
        { RuleIds.CarePlan, "2025-06-30", "Kommunal regel (11 kap. 3 § SoL (2001:453))", true },
        { RuleIds.CarePlan, "2025-07-01", "Kommunal regel (SoL (2025:400), motsvarande 11 kap. 3 § SoL (2001:453))", false },
        { RuleIds.PlacementReview, "2025-06-30", "6 kap. 8 § SoL (2001:453); 13 § LVU", true },
        { RuleIds.PlacementReview, "2025-07-01", "SoL (2025:400), motsvarande 6 kap. 8 § SoL (2001:453); 13 § LVU", false },
        { RuleIds.CustodyTransferConsideration, "2025-06-30", "6 kap. 8 § SoL (2001:453)", true },
        { RuleIds.CustodyTransferConsideration, "2025-07-01", "SoL (2025:400), motsvarande 6 kap. 8 § SoL (2001:453)", false },
        { RuleIds.PlacementVisit, "2025-06-30", "6 kap. 7 b § SoL (2001:453); frekvensen är kommunal", true },
        { RuleIds.PlacementVisit, "2025-07-01", "SoL (2025:400), motsvarande 6 kap. 7 b § SoL (2001:453); frekvensen är kommunal", false },
        { RuleIds.FosterHomeRecordCheck, "2025-07-01", "Kommunal regel", true },
        { RuleIds.PostLvuFollowUp, "2025-07-01", "LVU i lydelse från 2022 (lex lilla hjärtat)", false },
        { RuleIds.DeviationInvestigation, "2025-07-01", "Kommunal regel (SOSFS 2011:9)", true },
        { RuleIds.LexSarahIvoReport, "2025-06-30", "14 kap. SoL (2001:453); SOSFS 2011:5", true },
        { RuleIds.LexSarahIvoReport, "2025-07-01", "SoL (2025:400), motsvarande 14 kap. SoL (2001:453); SOSFS 2011:5", false },
    };
}
