using Placements.Data;
using Placements.Domain.FollowUp;
using Placements.Domain.Placements;
using Placements.Features.GetPlacement;
using Placements.Features.Shared;
using Platform.BuildingBlocks.Persistence;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.RecordDialogue;

/// <summary>
/// A structured follow-up dialogue with the placed child, on every indicator of DOMAIN.md §2.4. The
/// provider's rating is computed from these; the region receives the placement's averaged ratings.
/// </summary>
internal static class RecordDialogueEndpoint
{
    public static RouteGroupBuilder MapRecordDialogue(this RouteGroupBuilder group)
    {
        group.MapPost("/placements/{id:guid}/dialogues", HandleAsync)
            .DocumentsJsonWrite<RecordDialogueRequest, PlacementDetails>(StatusCodes.Status201Created, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> HandleAsync(
        Guid id, HttpRequest http, PlacementsDbContext db, CurrentUser user, TimeProvider time, RegionalPublisher region, CancellationToken cancellationToken)
    {
        var (placement, problem) = await db.LoadForWriteAsync(id, user, cancellationToken);
        if (placement is null)
        {
            return problem!;
        }

        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<RecordDialogueRequest>(http, errors, cancellationToken);
        if (request is null)
        {
            return errors.ToProblem();
        }

        PlacementWork.CheckDay(request.HeldOn, "heldOn", placement, now, errors);
        var note = TextFields.Optional(request.Note, "note", errors);
        var answers = Answers(request.Answers ?? [], errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (placement.Status == PlacementStatus.Decided)
        {
            return Problems.Conflict("The placement has not started: a follow-up dialogue is held during it.");
        }

        var dialogue = new FollowUpDialogue
        {
            Id = Guid.CreateVersion7(now),
            PlacementId = placement.Id,
            ProviderOrganisationNumber = placement.ProviderOrganisationNumber,
            HeldOn = request.HeldOn!.Value,
            RecordedAt = now,
            RecordedByName = user.Name,
            Note = note,
            Answers = [.. answers.Select(a => new IndicatorAnswer { Indicator = a.Indicator, ChildAnswer = a.ChildAnswer, Rating = a.Rating })],
        };
        foreach (var answer in dialogue.Answers)
        {
            answer.DialogueId = dialogue.Id;
        }

        db.Dialogues.Add(dialogue);
        placement.Changed(now);
        await region.QueueAsync(placement, now, cancellationToken, dialogue.Answers);
        return await db.SaveOrConflictAsync(cancellationToken)
            ?? Results.Created($"/api/placements/placements/{id}", await db.ShowAsync(placement, now, cancellationToken));
    }

    private static List<(Indicator Indicator, int? ChildAnswer, int Rating)> Answers(IReadOnlyList<IndicatorAnswerRequest> requests, ValidationErrors errors)
    {
        var answers = new List<(Indicator, int?, int)>();
        for (var i = 0; i < requests.Count; i++)
        {
            var field = $"answers[{i}]";
            var indicator = KebabEnum.Require<Indicator>(requests[i].Indicator, field + ".indicator", errors);
            errors.Require(requests[i].Rating is >= 1 and <= 5, field + ".rating", "Required: the caseworker's rating, 1–5.");
            errors.Require(requests[i].ChildAnswer is null or (>= 1 and <= 5), field + ".childAnswer", "The child's answer, 1–5, or null when the child did not answer.");
            if (indicator is { } value && requests[i].Rating is { } rating)
            {
                answers.Add((value, requests[i].ChildAnswer, rating));
            }
        }

        var missing = Enum.GetValues<Indicator>().Except(answers.Select(a => a.Item1)).ToList();
        errors.Require(missing.Count == 0 || !errors.IsValid, "answers", "One answer for every indicator: " + KebabEnum.Names<Indicator>() + ".");
        errors.Require(answers.Select(a => a.Item1).Distinct().Count() == answers.Count, "answers", "Each indicator once.");
        return answers;
    }
}
