using Placements.Access;
using Placements.Domain.Placements;
using Placements.Features.Shared;
using Platform.BuildingBlocks.Messaging;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.RecordDuties;

/// <summary>
/// The duties a caseworker records on a placement: the care and implementation plans, a visit with an
/// individual conversation, a custody-transfer consideration, the end of the post-LVU follow-up. A recurring
/// duty's next deadline counts from the day it was done.
/// </summary>
internal static class RecordDutyEndpoints
{
    public static RouteGroupBuilder MapRecordDuties(this RouteGroupBuilder group) => group
        .MapPlacementWrite<RecordDutyRequest>("care-plan", write => RecordAsync(write, DutyKind.CarePlan))
        .MapPlacementWrite<RecordDutyRequest>("visits", write => RecordAsync(write, DutyKind.Visit))
        .MapPlacementWrite<RecordDutyRequest>("custody-transfer-considerations", write => RecordAsync(write, DutyKind.CustodyTransferConsideration))
        .MapPlacementWrite<RecordDutyRequest>("post-lvu-follow-up", write => RecordAsync(write, DutyKind.PostLvuFollowUp));

    private static async Task<IResult> RecordAsync(PlacementWrite<RecordDutyRequest> write, DutyKind kind)
    {
        var (placement, request, now, errors, db, user, _, cancellationToken) = write;
        PlacementWork.CheckDay(request.DoneOn, "doneOn", placement, now, errors);
        errors.Require(kind != DutyKind.Visit || request.IndividualConversation is not null, "individualConversation",
            "Required for a visit: whether the child was spoken with alone (6 kap. 7 b § SoL).");
        var note = TextFields.Optional(request.Note, "note", errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var visitPeriod = await db.VisitPeriodAsync(now, cancellationToken);
        if (placement.OpenDuty(kind, visitPeriod) is not { } duty)
        {
            return Problems.Conflict($"The placement has no open duty of this kind ({KebabEnum.Name(kind)}): it is done, not due for this type of placement, or the placement has not started.");
        }

        var record = placement.Record(duty, request.DoneOn!.Value, user.AsRecorder(), now);
        record.IndividualConversation = kind == DutyKind.Visit ? request.IndividualConversation : null;
        record.Note = note;
        db.DutyRecords.Add(record);
        // Each event is added with its own type: the outbox names the exchange by it.
        switch (kind)
        {
            case DutyKind.CarePlan: db.AddEvent(PlacementEvents.CarePlan(placement, record, now)); break;
            case DutyKind.Visit: db.AddEvent(PlacementEvents.Visited(placement, record, placement.OpenDuty(kind, visitPeriod)!.DueAt, now)); break;
            case DutyKind.CustodyTransferConsideration:
                db.AddEvent(PlacementEvents.CustodyConsidered(placement, record, placement.OpenDuty(kind, visitPeriod)!.DueAt, now));
                break;
            default: db.AddEvent(PlacementEvents.FollowUpEnded(placement, record, now)); break;
        }

        return await db.SaveAndShowAsync(placement, now, cancellationToken);
    }
}
