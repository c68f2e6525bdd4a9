namespace Investigation.Domain.Investigations;

/// <summary>How an investigation was concluded.</summary>
internal enum InvestigationOutcome
{
    NoIntervention,
    Interventions,
}
