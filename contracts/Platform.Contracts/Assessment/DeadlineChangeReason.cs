namespace Platform.Contracts.Assessment;

/// <summary>Why an assessment's deadline moved without an extension.</summary>
public enum DeadlineChangeReason
{
    /// <summary>A report received earlier than every report in the assessment joined it: the deadline runs from the earliest receipt.</summary>
    EarlierReportJoined,

    /// <summary>A report in the assessment was reclassified, changing the rule or the receipt it counts from.</summary>
    ReportReclassified,

    /// <summary>A report left the assessment (reclassified as an ansökan), so the earliest receipt is a later one.</summary>
    ReportLeft,
}
