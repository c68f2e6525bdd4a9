using Platform.Contracts;
using static Platform.Rules.LegalTexts;

namespace Platform.Rules;

/// <summary>
/// Every rule of DOMAIN.md §5 as data. A change in the law is a new version with its own valid-from
/// date; the old version stays for the cases it governed. Valid-from is the day the period took
/// effect where that is recorded, otherwise the day the cited act did.
/// </summary>
internal static class Catalogue
{
    // SFS 2012:776 brought the immediate protection assessment, the 14-day limit and the visits into force.
    private static readonly DateOnly Reform2013 = new(2013, 1, 1);
    private static readonly DateOnly Sol2001InForce = new(2002, 1, 1);
    private static readonly DateOnly NonExecutedReporting = new(2006, 7, 1);
    private static readonly DateOnly LexSarah2011 = new(2011, 7, 1);
    private static readonly DateOnly Sosfs2011Colon9 = new(2012, 1, 1);
    private static readonly DateOnly LexLillaHjartat = new(2022, 7, 1);
    private static readonly DateOnly CustodyConsideration2003 = new(2003, 7, 1);

    private const string AssessmentSection = "11 kap. 1 a §";
    private const string AssessmentSection2001 = AssessmentSection + " " + Sol2001;
    private const string AssessmentSection2025 = "20 kap. 2 § " + Sol2025;

    /// <summary>The förhandsbedömning's references: the new section is known and verified (DOMAIN.md).</summary>
    public static readonly LegalReference[] InitialAssessmentReferences =
        [new(AssessmentSection2001, Reform2013, Verified: true), new(AssessmentSection2025, Sol2025InForce, Verified: true)];

    public static readonly IReadOnlyList<DeadlineRule> Rules =
    [
        // "Genast": the same day, or the next when the report arrives late in the day (prop. 2012/13:10).
        Rule(RuleIds.ProtectionAssessment, RulePeriod.Days(0), CountedFrom.Receipt, RuleBasis.Statutory,
            Sol2001Only(AssessmentSection, Reform2013)) with { CutOff = new TimeOnly(15, 0) },
        Rule(RuleIds.InitialAssessment, RulePeriod.Days(14), CountedFrom.Receipt, RuleBasis.Statutory, InitialAssessmentReferences),
        Rule(RuleIds.InitialAssessmentAnnanKannedom, RulePeriod.Days(14), CountedFrom.Receipt, RuleBasis.Municipal,
            new(OtherKnowledge(AssessmentSection2001), Reform2013, Verified: true),
            new(OtherKnowledge(AssessmentSection2025), Sol2025InForce, Verified: true)) with { Minimum = RulePeriod.Days(1) },
        Rule(RuleIds.ReporterFeedback, RulePeriod.Days(7), CountedFrom.AssessmentDecision, RuleBasis.Municipal,
            Sol2001Only("14 kap. 1 §", Reform2013, citation => $"Kommunal regel: återkoppling till anmälare med anmälningsplikt ({citation})"))
            with { Minimum = RulePeriod.Days(1) },
        Rule(RuleIds.Investigation, RulePeriod.Months(4), CountedFrom.Opening, RuleBasis.Statutory,
            Sol2001Only("11 kap. 2 §", Sol2001InForce)),
        Rule(RuleIds.NonExecutedDecision, RulePeriod.Months(3), CountedFrom.Decision, RuleBasis.Statutory,
            Sol2001Only("16 kap. 6 f §", NonExecutedReporting)),
        Rule(RuleIds.CarePlan, RulePeriod.Days(30), CountedFrom.PlacementStart, RuleBasis.Municipal,
            Sol2001Only("11 kap. 3 §", Sol2001InForce, citation => $"Kommunal regel ({citation})")) with { Minimum = RulePeriod.Days(1) },
        Rule(RuleIds.PlacementReview, RulePeriod.Months(6), CountedFrom.PlacementStart, RuleBasis.Statutory,
            Sol2001Only("6 kap. 8 §", Sol2001InForce, citation => $"{citation}; 13 § LVU")) with { Repeat = RulePeriod.Months(6) },
        // Three years from 2003 until lex lilla hjärtat made it two in 2022. The earlier version is kept so a placement
        // begun before 2022 still has a deadline; its wording and yearly repeat are not verified against the act then in force.
        Rule(RuleIds.CustodyTransferConsideration, RulePeriod.Years(3), CountedFrom.PlacementStart, RuleBasis.Statutory,
            new LegalReference("6 kap. 8 § " + Sol2001 + " i lydelse före 2022-07-01 (tre år)", CustodyConsideration2003, Verified: false))
            with { Repeat = RulePeriod.Months(12) },
        Rule(RuleIds.CustodyTransferConsideration, RulePeriod.Years(2), CountedFrom.PlacementStart, RuleBasis.Statutory,
            Sol2001Only("6 kap. 8 §", LexLillaHjartat)) with { Repeat = RulePeriod.Months(12) },
        // The law requires regular visits; how often is the municipality's setting.
        Rule(RuleIds.PlacementVisit, RulePeriod.Months(3), CountedFrom.PlacementStart, RuleBasis.Municipal,
            Sol2001Only("6 kap. 7 b §", Reform2013, citation => $"{citation}; frekvensen är kommunal"))
            with { Repeat = RulePeriod.Months(3), Minimum = RulePeriod.Months(1) },
        Rule(RuleIds.FosterHomeRecordCheck, RulePeriod.Months(12), CountedFrom.LastCheck, RuleBasis.Municipal,
            Unchanged("Kommunal regel", Sol2001InForce)) with { Repeat = RulePeriod.Months(12), Minimum = RulePeriod.Months(1) },
        // DOMAIN.md names the amended LVU but not the section.
        Rule(RuleIds.PostLvuFollowUp, RulePeriod.Months(6), CountedFrom.EndOfLvuCare, RuleBasis.Statutory,
            new LegalReference("LVU i lydelse från 2022 (lex lilla hjärtat)", LexLillaHjartat, Verified: false)),
        Rule(RuleIds.DeviationInvestigation, RulePeriod.Weeks(6), CountedFrom.DeviationReport, RuleBasis.Municipal,
            Unchanged("Kommunal regel (SOSFS 2011:9)", Sosfs2011Colon9)) with { Minimum = RulePeriod.Weeks(1) },
        Rule(RuleIds.LexSarahIvoReport, RulePeriod.Months(2), CountedFrom.ReportToIvo, RuleBasis.Statutory,
            Sol2001Only("14 kap.", LexSarah2011, citation => $"{citation}; SOSFS 2011:5")),
    ];

    private static string OtherKnowledge(string section) => $"Kommunal regel: samma tid som {section}, för annan kännedom";

    private static DeadlineRule Rule(string id, RulePeriod period, CountedFrom from, RuleBasis basis, params LegalReference[] references) =>
        new(id, period, from, basis, references[0].ValidFrom, references);
}
