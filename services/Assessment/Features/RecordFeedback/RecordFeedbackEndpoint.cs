using Assessment.Access;
using Assessment.Data;
using Assessment.Domain.Assessments;
using Assessment.Features.GetAssessment;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.RecordFeedback;

/// <summary>The body of <c>POST /api/assessment/assessments/{id}/feedback</c>; the report may be left out when only one reporter awaits feedback.</summary>
internal sealed record RecordFeedbackRequest(Guid? ReportId);

/// <summary>
/// Records that a mandatory reporter who asked was told the outcome. Only which of the three
/// outcomes applies is told (and stored); nothing else may be disclosed without the guardians' consent.
/// </summary>
internal static class RecordFeedbackEndpoint
{
    public static RouteGroupBuilder MapRecordFeedback(this RouteGroupBuilder group)
    {
        group.MapPost("/assessments/{id:guid}/feedback", HandleAsync)
            .DocumentsJsonWrite<RecordFeedbackRequest, FeedbackTaskDetails>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> HandleAsync(
        Guid id, HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        if (AssessmentAccess.RefuseUnlessQualifiedCaseworker(user) is { } refused)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<RecordFeedbackRequest>(http, errors, cancellationToken);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (!await db.Assessments.AnyAsync(a => a.Id == id, cancellationToken))
        {
            return Problems.NotFound("Assessment");
        }

        var open = await db.FeedbackTasks
            .Where(t => t.AssessmentId == id && t.GivenAt == null && (request!.ReportId == null || t.ReportId == request.ReportId))
            .ToListAsync(cancellationToken);
        if (open.Count != 1)
        {
            return open.Count == 0
                ? Problems.Conflict("No feedback is due here: no mandatory reporter asked for it, or it was already given.")
                : new ValidationErrors().Add("reportId", "Required: several reporters await feedback on this assessment.").ToProblem();
        }

        var task = open[0];
        task.Give(user.Id, user.Name, user.Role, time.GetUtcNow());
        db.AddEvent(AssessmentEvents.FeedbackGiven(task));
        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(task.ToDetails());
    }
}
