using Placements.Domain.FollowUp;
using Placements.Domain.Placements;
using Placements.Features.Shared;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.RecordDialogue;

/// <summary>
/// A structured follow-up dialogue with the placed child, on every indicator of DOMAIN.md §2.4. The
/// provider's rating is computed from these; the region receives the placement's averaged ratings.
/// </summary>
internal static class RecordDialogueEndpoint
{
    public static RouteGroupBuilder MapRecordDialogue(this RouteGroupBuilder group) =>
        group.MapPlacementWrite<RecordDialogueRequest>("dialogues", RecordAsync, StatusCodes.Status201Created);

    private static async Task<IResult> RecordAsync(PlacementWrite<RecordDialogueRequest> write)
    {
        var (placement, request, now, errors, db, user, region, cancellationToken) = write;
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
        return await db.SaveAndShowAsync(placement, now, cancellationToken, created: true);
    }

    private static List<(Indicator Indicator, int? ChildAnswer, int Rating)> Answers(IReadOnlyList<IndicatorAnswerRequest?> requests, ValidationErrors errors)
    {
        var answers = new List<(Indicator, int?, int)>();
        for (var i = 0; i < requests.Count; i++)
        {
            var field = $"answers[{i}]";
            if (requests[i] is not { } request)
            {
                errors.Add(field, "Required: an answer, not null.");
                continue;
            }

            var indicator = KebabEnum.Require<Indicator>(request.Indicator, field + ".indicator", errors);
            errors.Require(request.Rating is >= 1 and <= 5, field + ".rating", "Required: the caseworker's rating, 1–5.");
            errors.Require(request.ChildAnswer is null or (>= 1 and <= 5), field + ".childAnswer", "The child's answer, 1–5, or null when the child did not answer.");
            if (indicator is { } value && request.Rating is { } rating)
            {
                answers.Add((value, request.ChildAnswer, rating));
            }
        }

        var missing = Enum.GetValues<Indicator>().Except(answers.Select(a => a.Item1)).ToList();
        errors.Require(missing.Count == 0 || !errors.IsValid, "answers", "One answer for every indicator: " + KebabEnum.Names<Indicator>() + ".");
        errors.Require(answers.Select(a => a.Item1).Distinct().Count() == answers.Count, "answers", "Each indicator once.");
        return answers;
    }
}
