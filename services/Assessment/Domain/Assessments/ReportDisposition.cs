namespace Assessment.Domain.Assessments;

/// <summary>What became of a report here.</summary>
internal enum ReportDisposition
{
    OpenedAssessment,
    JoinedAssessment,
    InvestigationAlreadyOngoing,

    /// <summary>Forwarded to the municipality where the child lives; closed here.</summary>
    Forwarded,

    /// <summary>An ansökan (at registration or after a reclassification) needs no assessment.</summary>
    NotAssessed,
}
