using Assessment.Access;
using Assessment.Data;
using Assessment.Domain.Assessments;
using Assessment.Features.GetAssessment;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Idempotency;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.RecordFeedback;

/// <summary>
/// The body of <c>POST /api/assessment/assessments/{id}/feedback</c>: the report may be left out when only
/// one reporter awaits feedback; <c>given</c> is true unless said otherwise, and <c>notGivenReason</c> is
/// required when it is false.
/// </summary>
internal sealed record RecordFeedbackRequest(Guid? ReportId, bool? Given, string? NotGivenReason);

/// <summary>
/// Ends a feedback task: the mandatory reporter who asked was told the outcome, or was not, for a stated
/// reason (e.g. it would harm the child). Only which outcome applies is told (and stored); nothing else
/// may be disclosed without the guardians' consent.
/// </summary>
internal static class RecordFeedbackEndpoint
{
    public static RouteGroupBuilder MapRecordFeedback(this RouteGroupBuilder group)
    {
        group.MapPost("/assessments/{id:guid}/feedback", HandleAsync)
            .DocumentsJsonWrite<RecordFeedbackRequest, FeedbackTaskDetails>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .AcceptsIdempotencyKey();
        return group;
    }

    private static async Task<IResult> HandleAsync(
        Guid id, HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (AssessmentAccess.RefuseUnlessQualifiedCaseworker(user, now) is { } refused)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<RecordFeedbackRequest>(http, errors, cancellationToken);
        var notGivenReason = request?.Given == false ? TextFields.Required(request.NotGivenReason, "notGivenReason", errors) : null;
        errors.Require(request is null || request.Given == false || request.NotGivenReason is null, "notGivenReason", "Only when the feedback was not given.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var assessment = await db.Assessments.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assessment is null)
        {
            return Problems.NotFound("Assessment");
        }

        var open = await db.FeedbackTasks
            .Where(t => t.AssessmentId == id && t.EndedAt == null && (request!.ReportId == null || t.ReportId == request.ReportId))
            .ToListAsync(cancellationToken);
        if (open.Count != 1)
        {
            return open.Count == 0
                ? Problems.Conflict("No feedback is due here: no mandatory reporter asked for it, or the task has already ended.")
                : new ValidationErrors().Add("reportId", "Required: several reporters await feedback on this assessment.").ToProblem();
        }

        var task = open[0];
        if (notGivenReason is null)
        {
            task.Give(user.Id, user.Name, user.Role, now);
            db.AddEvent(AssessmentEvents.FeedbackGiven(task));
        }
        else
        {
            task.EndWithoutGiving(notGivenReason, user.Id, user.Name, user.Role, now);
            db.AddEvent(AssessmentEvents.FeedbackNotGiven(task));
        }

        return await db.SaveOrConflictAsync(cancellationToken)
            ?? Results.Ok(task.ToDetails(showTexts: await db.ShowsTextsAsync(assessment, user, cancellationToken)));
    }
}
