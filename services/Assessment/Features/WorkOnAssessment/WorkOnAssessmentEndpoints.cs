using Assessment.Data;
using Assessment.Domain.Assessments;
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
    /// <summary>Checks a request and returns the change it makes; a change that records history returns the recording to save.</summary>
    private delegate Func<InitialAssessment, DateTimeOffset, AssessmentRecording?> Validator<in TRequest>(TRequest request, CurrentUser user, DateTimeOffset now, ValidationErrors errors);

    public static RouteGroupBuilder MapWorkOnAssessment(this RouteGroupBuilder group) => group
        .MapWork<AssignRequest>("assignee", WorkOnAssessmentValidation.Validate)
        .MapWork<PriorKnowledgeRequest>("prior-knowledge", WorkOnAssessmentValidation.Validate)
        .MapWork<ChildViewRequest>("child-view", WorkOnAssessmentValidation.Validate)
        .MapWork<TriageRequest>("triage", WorkOnAssessmentValidation.Validate);

    private static RouteGroupBuilder MapWork<TRequest>(this RouteGroupBuilder group, string what, Validator<TRequest> validate)
        where TRequest : class
    {
        group.MapPut($"/assessments/{{id:guid}}/{what}", (Guid id, HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken) =>
                RecordAsync(id, http, db, user, time, validate, cancellationToken))
            .DocumentsJsonWrite<TRequest, AssessmentDetails>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> RecordAsync<TRequest>(
        Guid id, HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, Validator<TRequest> validate, CancellationToken cancellationToken)
        where TRequest : class
    {
        var now = time.GetUtcNow();
        var (assessment, problem) = await AssessmentWork.Cases.LoadOpenForWorkAsync(db, id, user, now, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<TRequest>(http, errors, cancellationToken);
        var change = request is null ? null : validate(request, user, now, errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (change!(assessment!, now) is { } recording)
        {
            db.Recordings.Add(recording);
        }

        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(await db.ShowAsync(assessment!, user, now, cancellationToken));
    }
}
