using Platform.Contracts.Placements;

namespace Placements.Domain.Placements;

/// <summary>The events a placement's changes publish: ids, categories and times, never a name or free text.</summary>
internal static class PlacementEvents
{
    public static PlacementStarted Started(Placement p, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        TenantId = p.TenantId,
        OccurredAt = now,
        PlacementId = p.Id,
        InterventionId = p.InterventionId,
        ChildId = p.ChildId,
        PlacementType = p.Type,
        StartedOn = p.StartedOn!.Value,
    };

    public static PlacementReviewed Reviewed(Placement p, DutyRecord review, DateTimeOffset nextDueAt, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        TenantId = p.TenantId,
        OccurredAt = now,
        PlacementId = p.Id,
        ChildId = p.ChildId,
        Kind = review.ReviewKind!.Value,
        MeetingDate = review.DoneOn,
        CareContinues = review.CareContinues ?? true,
        NextDueAt = nextDueAt,
    };

    public static PlacementVisitRecorded Visited(Placement p, DutyRecord visit, DateTimeOffset nextDueAt, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        TenantId = p.TenantId,
        OccurredAt = now,
        PlacementId = p.Id,
        ChildId = p.ChildId,
        VisitedOn = visit.DoneOn,
        IndividualConversation = visit.IndividualConversation ?? false,
        NextDueAt = nextDueAt,
    };

    public static CarePlanRecorded CarePlan(Placement p, DutyRecord plan, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        TenantId = p.TenantId,
        OccurredAt = now,
        PlacementId = p.Id,
        ChildId = p.ChildId,
        EstablishedOn = plan.DoneOn,
        WithinDeadline = plan.WithinDeadline,
    };

    public static CustodyTransferConsidered CustodyConsidered(Placement p, DutyRecord consideration, DateTimeOffset nextDueAt, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        TenantId = p.TenantId,
        OccurredAt = now,
        PlacementId = p.Id,
        ChildId = p.ChildId,
        ConsideredOn = consideration.DoneOn,
        NextDueAt = nextDueAt,
    };

    public static PostLvuFollowUpEnded FollowUpEnded(Placement p, DutyRecord followUp, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        TenantId = p.TenantId,
        OccurredAt = now,
        PlacementId = p.Id,
        ChildId = p.ChildId,
        EndedOn = followUp.DoneOn,
        WithinDeadline = followUp.WithinDeadline,
    };

    public static PlacementEnded Ended(Placement p, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        TenantId = p.TenantId,
        OccurredAt = now,
        PlacementId = p.Id,
        ChildId = p.ChildId,
        EndedOn = p.EndedOn!.Value,
        Ending = p.Ending!.Value,
        Reason = p.EndReason!.Value,
        PostLvuFollowUpDueAt = p.PostLvuFollowUpDueAt,
    };
}
