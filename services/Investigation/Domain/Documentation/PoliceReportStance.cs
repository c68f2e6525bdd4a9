namespace Investigation.Domain.Documentation;

/// <summary>The stance on a police report when a crime against the child is known, or that none is.</summary>
internal enum PoliceReportStance
{
    Reported,
    NotReported,
    NoKnownCrime,
}
