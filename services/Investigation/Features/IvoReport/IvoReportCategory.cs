namespace Investigation.Features.IvoReport;

/// <summary>Why a decision is on the quarter's report to IVO.</summary>
internal enum IvoReportCategory
{
    /// <summary>Not executed within three months, and still not at the quarter's end.</summary>
    NotExecuted,

    /// <summary>Executed in the quarter, after it had become reportable.</summary>
    ExecutedLate,

    /// <summary>Ended in the quarter without being carried out, after it had become reportable.</summary>
    EndedUnexecuted,
}
