using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Delegation;

namespace Platform.BuildingBlocks.Delegation;

/// <summary>
/// A written further delegation (vidaredelegering) by the head of department, for a stated period.
/// Rows are never edited except to record the committee report or a revocation, each with who and when.
/// </summary>
public sealed class SubDelegation : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public DecisionType Decision { get; init; }

    public string DelegateRole { get; init; } = string.Empty;

    /// <summary>When set, only this person holds the delegation, not everyone in the role.</summary>
    public string? DelegateUserId { get; init; }

    public string? DelegateName { get; init; }

    public DateOnly ValidFrom { get; init; }

    public DateOnly ValidTo { get; init; }

    /// <summary>The written decision's reference (diarienummer); mail and oral extensions are not valid.</summary>
    public string DecisionReference { get; init; } = string.Empty;

    public DateOnly DecidedOn { get; init; }

    public DateOnly? ReportedToCommitteeOn { get; set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedById { get; private set; } = string.Empty;

    public string CreatedByName { get; private set; } = string.Empty;

    public DateTimeOffset? CommitteeReportRecordedAt { get; set; }

    public string? CommitteeReportRecordedByName { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedByName { get; set; }

    /// <summary>In force on a local day: within its period, reported to the committee by then, and not revoked.</summary>
    public bool IsInForce(DateOnly on, DateTimeOffset at) =>
        ValidFrom <= on && on <= ValidTo
        && ReportedToCommitteeOn is { } reported && reported <= on
        && (RevokedAt is null || RevokedAt > at);

    public bool Covers(DecisionType decision, Decider decider) =>
        Decision == decision && DelegateRole == decider.Role && (DelegateUserId is null || DelegateUserId == decider.Id);

    public void Record(string byId, string byName, DateTimeOffset now) =>
        (CreatedById, CreatedByName, CreatedAt) = (byId, byName, now);
}
