using Assessment.Access;
using Assessment.Data;
using Assessment.Domain.Assessments;
using Assessment.Domain.Delegation;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.Shared;

/// <summary>A valid request on an open assessment whose decider the delegation order allows.</summary>
internal sealed record DelegatedChange<TValid>(InitialAssessment Assessment, TValid Request, Decider Decider, DelegationVerdict Verdict, DateTimeOffset Now);

/// <summary>
/// The checks a delegated decision starts with, in the order a caller can act on them: exists
/// (404), still open (409), valid (400), within the delegation and qualified (403 naming the rule).
/// </summary>
internal static class DelegatedChanges
{
    public static async Task<(DelegatedChange<TValid>? Change, IResult? Problem)> PrepareDelegatedAsync<TRequest, TValid>(
        this AssessmentDbContext db,
        Guid id,
        HttpRequest http,
        CurrentUser user,
        TimeProvider time,
        Func<TRequest, InitialAssessment, ValidationErrors, TValid?> validate,
        Func<TValid, DecisionType> decisionOf,
        CancellationToken cancellationToken)
        where TRequest : class
        where TValid : struct
    {
        // The delegation order decides who may, including the committee, which is not casework staff.
        var (assessment, problem) = await db.LoadOpenAsync(id, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<TRequest>(http, errors, cancellationToken);
        if (request is null || validate(request, assessment!, errors) is not { } valid)
        {
            return (null, errors.ToProblem());
        }

        var now = time.GetUtcNow();
        var decider = user.AsDecider();
        var verdict = await db.CheckDelegationAsync(decisionOf(valid), decider, now, cancellationToken);
        return verdict.Allowed
            ? (new DelegatedChange<TValid>(assessment!, valid, decider, verdict, now), null)
            : (null, Problems.Forbidden(verdict.RefusedBy!, verdict.Detail!));
    }
}
