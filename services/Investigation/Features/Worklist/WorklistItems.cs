using Platform.Contracts.Investigation;

namespace Investigation.Features.Worklist;

/// <summary>An open investigation on a worklist, with its marks.</summary>
internal sealed record InvestigationWorkItem(
    Guid InvestigationId,
    Guid ChildId,
    string? Unit,
    DateTimeOffset OpenedAt,
    DateTimeOffset StatutoryDueAt,
    DateTimeOffset DueAt,
    DateOnly DueDate,
    bool Overdue,
    bool Extended,
    bool ChainedInvestigation,
    bool GuardiansNotInformed,
    bool HasViolenceConcern,
    int MissingPartCount,
    IReadOnlyList<string> MissingParts);

/// <summary>A favourable decision not executed within three months (16 kap. 6 f § SoL).</summary>
internal sealed record NotExecutedWorkItem(
    Guid InterventionId,
    Guid InvestigationId,
    Guid ChildId,
    string? Unit,
    InterventionKind Kind,
    string Type,
    DateOnly DecidedOn,
    DateOnly NotExecutedFrom,
    UnexecutedReason? DelayReason);

/// <summary>The unit's worklist, soonest deadline first; <see cref="Truncated"/> says more wait than were listed.</summary>
internal sealed record WorklistResponse(IReadOnlyList<InvestigationWorkItem> Items, IReadOnlyList<NotExecutedWorkItem> NotExecuted, bool Truncated);
