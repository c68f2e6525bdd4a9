namespace Investigation.Domain.Investigations;

/// <summary>Where an investigation stands: open until its decision closes it.</summary>
internal enum InvestigationStatus
{
    Open,
    Closed,
}
