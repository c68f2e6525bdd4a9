using Assessment.Data;
using Assessment.Features.Shared;
using Platform.ServiceDefaults.Authentication;

namespace Assessment.Features.RecordChildView;

/// <summary>The body of <c>PUT /api/assessment/assessments/{id}/child-view</c>: the view, or why it was not obtained.</summary>
internal sealed record RecordChildViewRequest(bool? Obtained, string? Text);

/// <summary>The child's view, or the reason it was not obtained; either way the text is required.</summary>
internal static class RecordChildViewEndpoint
{
    public static RouteGroupBuilder MapRecordChildView(this RouteGroupBuilder group)
    {
        group.MapPut("/assessments/{id:guid}/child-view", HandleAsync);
        return group;
    }

    private static Task<IResult> HandleAsync(
        Guid id, HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken) =>
        db.ChangeOpenAsync<RecordChildViewRequest>(id, http, user, time, (request, errors) =>
        {
            errors.Require(request.Obtained is not null, "obtained", "Required: true or false.");
            var text = TextRules.Required(request.Text, "text", errors);
            return (assessment, now) => assessment.RecordChildView(request.Obtained!.Value, text!, user.Name, now);
        }, cancellationToken);
}
