using Assessment.Data;
using Assessment.Features.GetAssessment;
using Assessment.Features.Shared;
using Platform.BuildingBlocks.Persistence;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.WorkOnAssessment;

/// <summary>
/// <c>PUT /api/assessment/assessments/{id}/assignee | prior-knowledge | child-view | triage</c>: the
/// recordings a qualified caseworker makes on an open assessment. Each either applies whole or is a
/// 400 naming the fields, with nothing written.
/// </summary>
internal static class WorkOnAssessmentEndpoints
{
    public static RouteGroupBuilder MapWorkOnAssessment(this RouteGroupBuilder group) => group
        .MapWork<AssignRequest>("assignee")
        .MapWork<PriorKnowledgeRequest>("prior-knowledge")
        .MapWork<ChildViewRequest>("child-view")
        .MapWork<TriageRequest>("triage");

    private static RouteGroupBuilder MapWork<TRequest>(this RouteGroupBuilder group, string what)
        where TRequest : class, IWorkRequest
    {
        group.MapPut($"/assessments/{{id:guid}}/{what}", RecordAsync<TRequest>)
            .DocumentsJsonWrite<TRequest, AssessmentDetails>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> RecordAsync<TRequest>(
        Guid id, HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
        where TRequest : class, IWorkRequest
    {
        var (assessment, problem) = await db.LoadOpenForWorkAsync(id, user, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<TRequest>(http, errors, cancellationToken);
        var change = request?.Validate(user, errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var now = time.GetUtcNow();
        change!(assessment!, now);
        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(assessment!.ToDetails(now));
    }
}
