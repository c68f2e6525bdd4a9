using Assessment.Data;
using Assessment.Domain.Assessments;
using Assessment.Domain.Delegation;
using Assessment.Features.GetAssessment;
using Assessment.Features.Shared;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;

namespace Assessment.Features.ExtendAssessment;

/// <summary>
/// Extends the deadline: only with a documented reason (synnerliga skäl, under the initial-assessment rule) and a
/// new date, by a role the delegation order (or a sub-delegation in force) allows.
/// </summary>
internal static class ExtendAssessmentEndpoint
{
    public static RouteGroupBuilder MapExtendAssessment(this RouteGroupBuilder group)
    {
        group.MapPost("/assessments/{id:guid}/extensions", HandleAsync)
            .DocumentsJsonWrite<ExtendAssessmentRequest, AssessmentDetails>(StatusCodes.Status201Created, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> HandleAsync(
        Guid id, HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        var (change, problem) = await db.PrepareDelegatedAsync<ExtendAssessmentRequest, (DateTimeOffset NewDueAt, string Reason)>(
            id, http, user, time, (request, assessment, errors) => ExtendAssessmentValidation.Validate(request, assessment.DueAt, errors), _ => DecisionType.ExtendAssessment, cancellationToken);
        if (change is not { Assessment: var assessment, Request: var extension })
        {
            return problem!;
        }

        var recorded = assessment.Extend(extension.NewDueAt, extension.Reason, change.Decider, change.Verdict, change.Now);
        db.Extensions.Add(recorded);
        db.AddEvent(AssessmentEvents.Extended(assessment, recorded));
        return await db.SaveOrConflictAsync(cancellationToken)
            ?? Results.Created($"/api/assessment/assessments/{id}", assessment.ToDetails(change.Now));
    }
}
