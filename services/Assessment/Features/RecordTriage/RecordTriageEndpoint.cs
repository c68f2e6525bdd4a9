using Assessment.Data;
using Assessment.Features.Shared;
using Platform.Contracts.Assessment;
using Platform.ServiceDefaults.Authentication;

namespace Assessment.Features.RecordTriage;

/// <summary>The body of <c>PUT /api/assessment/assessments/{id}/triage</c>: <c>green</c>, <c>yellow</c> or <c>red</c>.</summary>
internal sealed record RecordTriageRequest(TriageColour? Colour);

internal static class RecordTriageEndpoint
{
    public static RouteGroupBuilder MapRecordTriage(this RouteGroupBuilder group)
    {
        group.MapPut("/assessments/{id:guid}/triage", HandleAsync);
        return group;
    }

    private static Task<IResult> HandleAsync(
        Guid id, HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken) =>
        db.ChangeOpenAsync<RecordTriageRequest>(id, http, user, time, (request, errors) =>
        {
            errors.Require(request.Colour is not null, "colour", "Required: green, yellow or red.");
            return (assessment, _) => assessment.RecordTriage(request.Colour!.Value);
        }, cancellationToken);
}
