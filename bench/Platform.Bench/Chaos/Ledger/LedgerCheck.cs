using Platform.Bench.Chaos.Flow;

namespace Platform.Bench.Chaos.Ledger;

/// <summary>
/// One kind of state a service should hold for what the gateway accepted: <see cref="Sql"/> lists the
/// key of every row applied (a key twice is a double), <see cref="Expected"/> the keys the accepted
/// requests promise (none: every row there counts, and only doubles matter). <see cref="DoublesSql"/> counts doubles where the key alone cannot (a report
/// registered twice has two ids but one child).
/// </summary>
internal sealed record LedgerCheck(string Service, string What, string Sql, Func<CaseRecord, Guid?>? Expected, string? DoublesSql = null)
{
    public static readonly IReadOnlyList<LedgerCheck> All =
    [
        new("intake", "reports registered", "SELECT id FROM reports", r => r.ReportId,
            "SELECT count(*) - count(DISTINCT child_id) FROM reports"),
        new("intake", "protection assessments", "SELECT report_id FROM protection_assessments", r => r.ProtectionAccepted ? r.ReportId : null),
        new("assessment", "reports received", "SELECT report_id FROM assessment_reports", r => r.ReportId,
            "SELECT count(*) - count(DISTINCT child_id) FROM assessments"),
        new("assessment", "protection assessments received", "SELECT report_id FROM assessment_reports WHERE protection_assessment_recorded_at IS NOT NULL",
            r => r.ProtectionAccepted ? r.ReportId : null),
        new("assessment", "decisions", "SELECT id FROM assessments WHERE decided_at IS NOT NULL", r => r.DecisionAccepted ? r.AssessmentId : null),
        new("investigation", "investigations opened", "SELECT child_id FROM investigations", r => r.DecisionAccepted ? r.ChildId : null),
        new("investigation", "placement decisions", "SELECT id FROM interventions WHERE kind = 'placement'",
            r => r.PlacementDecisionAccepted ? r.InterventionId : null),
        new("investigation", "placement decisions executed (PlacementStarted received)", "SELECT id FROM interventions WHERE kind = 'placement' AND started_on IS NOT NULL",
            r => r.PlacementStarted ? r.InterventionId : null),
        new("placements", "placements decided (by interventionId)", "SELECT intervention_id FROM placements", r => r.PlacementDecisionAccepted ? r.InterventionId : null),
        new("placements", "placements started", "SELECT id FROM placements WHERE started_on IS NOT NULL", r => r.PlacementStarted ? r.PlacementId : null),
        new("placements", "visits recorded (by placement)", "SELECT placement_id FROM duty_records WHERE kind = 'visit'", r => r.VisitAccepted ? r.PlacementId : null),
        new("quality", "events received (by event id)", "SELECT event_id FROM received_events", null),
        Quality("ReportRegistered", "reportId", r => r.ReportId),
        Quality("ProtectionAssessmentRecorded", "reportId", r => r.ProtectionAccepted ? r.ReportId : null),
        Quality("AssessmentOpened", "reportId", r => r.ReportId),
        Quality("AssessmentDecided", "assessmentId", r => r.DecisionAccepted ? r.AssessmentId : null),
        Quality("InvestigationOpened", "childId", r => r.DecisionAccepted ? r.ChildId : null),
        Quality("PlacementDecided", "interventionId", r => r.PlacementDecisionAccepted ? r.InterventionId : null),
        Quality("PlacementStarted", "placementId", r => r.PlacementStarted ? r.PlacementId : null),
        Quality("PlacementVisitRecorded", "placementId", r => r.VisitAccepted ? r.PlacementId : null),
    ];

    /// <summary>One logical event in quality's received events, by the id it is about.</summary>
    private static LedgerCheck Quality(string eventType, string key, Func<CaseRecord, Guid?> expected) =>
        new("quality", $"{eventType} (by {key})", $"SELECT (body->>'{key}')::uuid FROM received_events WHERE event_type = '{eventType}'", expected);
}
