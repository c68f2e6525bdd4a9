using Placements.Access;
using Placements.Domain.Placements;
using Placements.Features.Shared;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts.Placements;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.RecordReview;

/// <summary>The body of <c>POST /placements/{id}/reviews</c>: the committee's review at a meeting.</summary>
internal sealed record RecordReviewRequest(string? Kind, DateOnly? MeetingDate, string? ProtocolParagraph, bool? CareContinues);

/// <summary>
/// The committee's review of a placement (övervägande under SoL, 13 § LVU, omprövning for 3 § LVU): the
/// committee's own decision, never an official's, entered by its secretary with the meeting's day and protocol
/// paragraph (403 <c>committee-decisions</c> otherwise). The next review is due six months from the meeting.
/// </summary>
internal static class RecordReviewEndpoint
{
    public const int ProtocolParagraphLength = 40;

    public static RouteGroupBuilder MapRecordReview(this RouteGroupBuilder group) =>
        group.MapPlacementWrite<RecordReviewRequest>("reviews", RecordAsync, refuse: PlacementsAccess.RefuseUnlessCommitteeSecretary);

    private static async Task<IResult> RecordAsync(PlacementWrite<RecordReviewRequest> write)
    {
        var (placement, request, now, errors, db, user, _, cancellationToken) = write;
        var kind = KebabEnum.Require<ReviewKind>(request.Kind, "kind", errors);
        errors.Require(kind is null || kind == placement.ReviewKind, "kind",
            $"This placement's legal basis ({KebabEnum.Name(placement.LegalBasis)}) is reviewed as {KebabEnum.Name(placement.ReviewKind)}.");
        PlacementWork.CheckDay(request.MeetingDate, "meetingDate", placement, now, errors);
        var paragraph = TextFields.Required(request.ProtocolParagraph, "protocolParagraph", errors, ProtocolParagraphLength);
        errors.Require(request.CareContinues is not null, "careContinues", "Required: whether the committee found that care is still needed.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var visitPeriod = await db.VisitPeriodAsync(now, cancellationToken);
        if (placement.OpenDuty(DutyKind.Review, visitPeriod) is not { } duty)
        {
            return Problems.Conflict("Only a started placement that has not ended is reviewed.");
        }

        // The committee decided; its secretary entered it.
        var record = placement.Record(duty, request.MeetingDate!.Value, user.AsRecorder() with { Role = PlatformRoles.Namnd }, now);
        (record.ReviewKind, record.ProtocolParagraph, record.CareContinues) = (kind, paragraph, request.CareContinues);
        db.DutyRecords.Add(record);
        db.AddEvent(PlacementEvents.Reviewed(placement, record, placement.OpenDuty(DutyKind.Review, visitPeriod)!.DueAt, now));
        return await db.SaveAndShowAsync(placement, now, cancellationToken);
    }
}
