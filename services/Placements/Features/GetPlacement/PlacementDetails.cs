using Placements.Domain.Placements;
using Platform.Contracts.Intake;
using Platform.Contracts.Investigation;
using Platform.Contracts.Placements;

namespace Placements.Features.GetPlacement;

/// <summary>A placement as its caseworker sees it: what it is, where, its open duties by deadline, and what was done.</summary>
internal sealed record PlacementDetails(
    Guid PlacementId,
    Guid InterventionId,
    Guid ChildId,
    string? Unit,
    PlacementStatus Status,
    PlacementType PlacementType,
    LegalBasis LegalBasis,
    bool LongTermCare,
    LegalGender ChildGender,
    string? ProviderOrganisationNumber,
    Guid? FosterHomeId,
    decimal? CostPerDay,
    DateOnly? StartedOn,
    DateOnly? EndedOn,
    PlacementEnding? Ending,
    PlacementEndReason? EndReason,
    ReviewKind ReviewKind,
    IReadOnlyList<DutyView> Duties,
    IReadOnlyList<DutyRecordView> Records,
    int Version);

/// <summary>An open duty: the rule, the deadline (the end of <see cref="DueDate"/>), and whether it has passed, in words too.</summary>
internal sealed record DutyView(DutyKind Kind, string RuleId, string LegalReference, DateTimeOffset DueAt, DateOnly DueDate, bool Overdue, string Status);

/// <summary>A duty done.</summary>
internal sealed record DutyRecordView(
    DutyKind Kind, DateOnly DoneOn, DateTimeOffset DueAt, bool WithinDeadline, ReviewKind? ReviewKind, string? ProtocolParagraph,
    bool? CareContinues, bool? IndividualConversation, string? Note, string RecordedByName, string RecordedByRole, DateTimeOffset RecordedAt);
