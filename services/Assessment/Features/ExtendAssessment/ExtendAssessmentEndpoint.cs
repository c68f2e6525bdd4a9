using Assessment.Data;
using Assessment.Domain.Assessments;
using Assessment.Domain.Delegation;
using Assessment.Features.GetAssessment;
using Assessment.Features.Shared;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.ExtendAssessment;

/// <summary>
/// Extends the deadline: only with a documented reason (synnerliga skäl, 11 kap. 1 a § SoL) and a
/// new date, by a role the delegation order (or a sub-delegation in force) allows.
/// </summary>
internal static class ExtendAssessmentEndpoint
{
    public static RouteGroupBuilder MapExtendAssessment(this RouteGroupBuilder group)
    {
        group.MapPost("/assessments/{id:guid}/extensions", HandleAsync);
        return group;
    }

    private static async Task<IResult> HandleAsync(
        Guid id, HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        var (assessment, problem) = await db.LoadOpenForWorkAsync(id, user, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new ValidationErrors();
        var request = await RequestBody.ReadAsync<ExtendAssessmentRequest>(http, errors, cancellationToken);
        var valid = request?.Validate(assessment!.DueAt, errors);
        if (valid is not { } extension)
        {
            return errors.ToProblem();
        }

        var now = time.GetUtcNow();
        var decider = user.AsDecider();
        var verdict = await db.CheckDelegationAsync(DecisionType.ExtendAssessment, decider, now, cancellationToken);
        if (!verdict.Allowed)
        {
            return Problems.Forbidden(verdict.RefusedBy!, verdict.Detail!);
        }

        var recorded = assessment!.Extend(extension.NewDueAt, extension.Reason, decider, verdict, now);
        db.Extensions.Add(recorded);
        db.AddEvent(AssessmentEvents.Extended(assessment, recorded));
        return await db.SaveOrConflictAsync(cancellationToken)
            ?? Results.Created($"/api/assessment/assessments/{id}", assessment.ToDetails(now));
    }
}
