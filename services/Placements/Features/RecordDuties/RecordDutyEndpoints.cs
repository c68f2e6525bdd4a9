using Placements.Access;
using Placements.Data;
using Placements.Domain.Placements;
using Placements.Features.GetPlacement;
using Placements.Features.Shared;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.RecordDuties;

/// <summary>
/// The duties a caseworker records on a placement: the care and implementation plans, a visit with an
/// individual conversation, a custody-transfer consideration, the end of the post-LVU follow-up. A recurring
/// duty's next deadline counts from the day it was done.
/// </summary>
internal static class RecordDutyEndpoints
{
    public static RouteGroupBuilder MapRecordDuties(this RouteGroupBuilder group)
    {
        Map(group, "care-plan", DutyKind.CarePlan);
        Map(group, "visits", DutyKind.Visit);
        Map(group, "custody-transfer-considerations", DutyKind.CustodyTransferConsideration);
        Map(group, "post-lvu-follow-up", DutyKind.PostLvuFollowUp);
        return group;
    }

    private static void Map(RouteGroupBuilder group, string path, DutyKind kind) =>
        group.MapPost($"/placements/{{id:guid}}/{path}",
                (Guid id, HttpRequest http, PlacementsDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken) =>
                    HandleAsync(id, kind, http, db, user, time, cancellationToken))
            .DocumentsJsonWrite<RecordDutyRequest, PlacementDetails>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(
        Guid id, DutyKind kind, HttpRequest http, PlacementsDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        var (placement, problem) = await db.LoadForWriteAsync(id, user, cancellationToken);
        if (placement is null)
        {
            return problem!;
        }

        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<RecordDutyRequest>(http, errors, cancellationToken);
        if (request is null)
        {
            return errors.ToProblem();
        }

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

        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(await db.ShowAsync(placement, now, cancellationToken));
    }
}
