using Platform.Contracts.Intake;
using Platform.Contracts.Investigation;

namespace Investigation.Features.IvoReport;

/// <summary>One decision on the report: no name, no identity number, no free text.</summary>
internal sealed record IvoReportRow(
    IvoReportCategory Category,
    Guid InterventionId,
    DateOnly DecidedOn,
    InterventionKind InterventionKind,
    string InterventionType,
    LegalBasis LegalBasis,
    LegalGender ChildGender,
    int? ChildBirthYear,
    DateOnly NotExecutedFrom,
    DateOnly? StartedOn,
    DateOnly? EndedOn,
    UnexecutedReason? Reason);

/// <summary>The report of one quarter, computed from stored days only: the same quarter gives the same rows on any later day.</summary>
internal sealed record IvoQuarterReport(string Quarter, DateOnly From, DateOnly To, IReadOnlyList<IvoReportRow> Rows);
