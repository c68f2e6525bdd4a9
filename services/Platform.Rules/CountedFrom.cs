namespace Platform.Rules;

/// <summary>The event a rule's period is counted from (DOMAIN.md §5).</summary>
public enum CountedFrom
{
    Receipt,
    AssessmentDecision,
    Opening,
    Decision,
    PlacementStart,
    LastCheck,
    EndOfLvuCare,
    DeviationReport,
    ReportToIvo,
}
