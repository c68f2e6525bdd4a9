namespace Quality.Domain.Indicators;

/// <summary>Every indicator the service computes, in the order the answers list them.</summary>
internal static class IndicatorCatalogue
{
    public const string ReportsReceived = "reports-received";
    public const string ProtectionWithin24Hours = "protection-assessments-within-24h";
    public const string FeedbackGiven = "reporter-feedback-given";
    public const string AssessmentsOpened = "assessments-opened";
    public const string AssessmentsWithin14Days = "assessments-within-14-days";
    public const string AssessmentsLate = "assessments-late";
    public const string DecisionsWithoutDelegation = "decisions-without-delegation";
    public const string InvestigationsOpened = "investigations-opened";
    public const string InvestigationsOngoing = "investigations-ongoing";
    public const string InvestigationsEnded = "investigations-ended";
    public const string InvestigationsWithin4Months = "investigations-within-4-months";
    public const string InvestigationDays0To90 = "investigation-days-0-90";
    public const string InvestigationDays91To123 = "investigation-days-91-123";
    public const string InvestigationDaysOver123 = "investigation-days-over-123";
    public const string ViolenceInterventionDuringInvestigation = "violence-intervention-during-investigation";
    public const string InterventionsStartedLate = "interventions-started-late";
    public const string InterventionsEndedUnexecuted = "interventions-ended-unexecuted";
    public const string PlacementsStarted = "placements-started";
    public const string PlacementsOngoing = "placements-ongoing";
    public const string PlacementsEnded = "placements-ended";
    public const string PlacementLengthDays = "placement-length-days";
    public const string UnplannedEndings = "placements-unplanned-endings";
    public const string InterventionsNotExecuted = "interventions-not-executed-3-months";
    public const string ReviewsOverdue = "placement-reviews-overdue";
    public const string VisitsOverdue = "placement-visits-overdue";
    public const string CustodyConsiderationsOverdue = "custody-transfer-considerations-overdue";

    public const string Report = "report";
    public const string Assessment = "assessment";
    public const string Investigation = "investigation";
    public const string Intervention = "intervention";
    public const string Placement = "placement";

    public static readonly IReadOnlyList<IndicatorDefinition> All =
    [
        new(ReportsReceived, IndicatorKind.Count, Report, "Reports received, by the local month of receipt."),
        new(ProtectionWithin24Hours, IndicatorKind.Share, Report, "Protection assessments recorded within 24 hours of receipt, of those recorded; by the month of receipt."),
        new(FeedbackGiven, IndicatorKind.Share, Report, "Feedback given to mandatory reporters who asked for it, of those whose feedback task ended in the month."),
        new(AssessmentsOpened, IndicatorKind.Count, Assessment, "Assessments opened."),
        new(AssessmentsWithin14Days, IndicatorKind.Share, Assessment, "Statutory assessments decided by the statutory date (14 days, never an extended date), of those decided in the month."),
        new(AssessmentsLate, IndicatorKind.Share, Assessment, "Statutory assessments decided after the statutory date, of those decided in the month."),
        new(DecisionsWithoutDelegation, IndicatorKind.Share, Assessment, "Assessment decisions recorded without a valid delegation, of those decided in the month."),
        new(InvestigationsOpened, IndicatorKind.Count, Investigation, "Investigations opened."),
        new(InvestigationsOngoing, IndicatorKind.Stock, Investigation, "Investigations open at the end of the period; the age band is the one at the opening.", InvestigationsOpened, InvestigationsEnded),
        new(InvestigationsWithin4Months, IndicatorKind.Share, Investigation, "Investigations concluded by the statutory date (4 months), of those concluded in the month."),
        new(InvestigationDays0To90, IndicatorKind.Share, Investigation, "Investigations concluded within 0-90 days (Huddinge), of those concluded in the month."),
        new(InvestigationDays91To123, IndicatorKind.Share, Investigation, "Investigations concluded within 91-123 days (Huddinge), of those concluded in the month."),
        new(InvestigationDaysOver123, IndicatorKind.Share, Investigation, "Investigations concluded after more than 123 days (Huddinge), of those concluded in the month."),
        new(ViolenceInterventionDuringInvestigation, IndicatorKind.Share, Investigation, "Concluded investigations with a violence concern where an intervention started by the conclusion, of those concluded in the month."),
        new(InterventionsStartedLate, IndicatorKind.Share, Intervention, "Favourable decisions executed more than 3 months after the decision, of those executed in the month."),
        new(InterventionsEndedUnexecuted, IndicatorKind.Count, Intervention, "Favourable decisions ended without being executed."),
        IndicatorDefinition.AtEnd(InterventionsNotExecuted, Intervention, "Favourable decisions still not executed at the end of the period more than 3 months after the decision, of those awaiting execution then; the age band is the one at the decision."),
        new(PlacementsStarted, IndicatorKind.Count, Placement, "Placements started, by placement type."),
        new(PlacementsOngoing, IndicatorKind.Stock, Placement, "Placements ongoing at the end of the period, by placement type; the age band is the one at the start.", PlacementsStarted, PlacementsEnded),
        new(PlacementLengthDays, IndicatorKind.Mean, Placement, "Mean length in days of the placements ended in the month, by placement type."),
        new(UnplannedEndings, IndicatorKind.Share, Placement, "Unplanned endings (sammanbrott), of the placements ended in the month, by placement type."),
        IndicatorDefinition.AtEnd(ReviewsOverdue, Placement, "Placements whose review (övervägande or omprövning, every 6 months) was overdue at the end of the period, of those ongoing then, by placement type."),
        IndicatorDefinition.AtEnd(VisitsOverdue, Placement, "Placements whose visit was overdue at the end of the period (the catalogue's period, 3 months), of those ongoing then, by placement type."),
        IndicatorDefinition.AtEnd(CustodyConsiderationsOverdue, Placement, "Family-home placements whose custody-transfer consideration (after 2 years, then every 12 months) was overdue at the end of the period, of those ongoing then, by placement type."),
    ];

    public static IndicatorDefinition? Find(string id) => All.FirstOrDefault(i => i.Id == id);

    public static IndicatorDefinition Get(string id) => Find(id) ?? throw new InvalidOperationException($"No indicator {id}.");
}
