using Assessment.Data;
using Assessment.Features.Shared;
using Platform.ServiceDefaults.Authentication;

namespace Assessment.Features.AssignAssessment;

/// <summary>The body of <c>PUT /api/assessment/assessments/{id}/assignee</c>.</summary>
internal sealed record AssignAssessmentRequest(string? AssigneeId, string? AssigneeName, bool? AssigneeQualified);

/// <summary>Assigns the assessment to a caseworker, who must hold the social-work qualification (3 kap. 3 a § SoL).</summary>
internal static class AssignAssessmentEndpoint
{
    public static RouteGroupBuilder MapAssignAssessment(this RouteGroupBuilder group)
    {
        group.MapPut("/assessments/{id:guid}/assignee", HandleAsync);
        return group;
    }

    private static Task<IResult> HandleAsync(
        Guid id, HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken) =>
        db.ChangeOpenAsync<AssignAssessmentRequest>(id, http, user, time, (request, errors) =>
        {
            var assigneeId = TextRules.Required(request.AssigneeId, "assigneeId", errors);
            var assigneeName = TextRules.Required(request.AssigneeName, "assigneeName", errors);
            errors.Require(request.AssigneeQualified == true, "assigneeQualified",
                "The assignee must be qualified staff (3 kap. 3 a § SoL): true is required.");
            return (assessment, now) => assessment.Assign(assigneeId!, assigneeName!, assigneeQualified: true, user.Name, now);
        }, cancellationToken);
}
