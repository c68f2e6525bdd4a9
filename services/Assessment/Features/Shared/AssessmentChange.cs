using Assessment.Data;
using Assessment.Domain.Assessments;
using Assessment.Features.GetAssessment;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.Shared;

/// <summary>Validates a request and returns the change it makes, or adds errors naming the fields.</summary>
internal delegate Action<InitialAssessment, DateTimeOffset> ValidateChange<in TRequest>(TRequest request, ValidationErrors errors);

/// <summary>The shape of a simple recording on an open assessment: check, validate, apply, save, show.</summary>
internal static class AssessmentChange
{
    public static async Task<IResult> ChangeOpenAsync<TRequest>(
        this AssessmentDbContext db,
        Guid id,
        HttpRequest http,
        CurrentUser user,
        TimeProvider time,
        ValidateChange<TRequest> validate,
        CancellationToken cancellationToken)
        where TRequest : class
    {
        var (assessment, problem) = await db.LoadOpenForWorkAsync(id, user, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new ValidationErrors();
        var request = await RequestBody.ReadAsync<TRequest>(http, errors, cancellationToken);
        var change = request is null ? null : validate(request, errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var now = time.GetUtcNow();
        change!(assessment!, now);
        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(assessment!.ToDetails(now));
    }
}
