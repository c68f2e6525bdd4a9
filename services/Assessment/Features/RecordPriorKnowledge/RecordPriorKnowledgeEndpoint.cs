using Assessment.Data;
using Assessment.Features.Shared;
using Platform.ServiceDefaults.Authentication;

namespace Assessment.Features.RecordPriorKnowledge;

/// <summary>The body of <c>PUT /api/assessment/assessments/{id}/prior-knowledge</c>.</summary>
internal sealed record RecordPriorKnowledgeRequest(bool? HasPriorKnowledge, string? Weighing);

/// <summary>
/// How prior knowledge (tidigare kännedom) was weighed. Where there is any, a description is
/// required: a list of earlier case numbers is not enough (audit finding "utdrag utan beskrivning").
/// </summary>
internal static class RecordPriorKnowledgeEndpoint
{
    public static RouteGroupBuilder MapRecordPriorKnowledge(this RouteGroupBuilder group)
    {
        group.MapPut("/assessments/{id:guid}/prior-knowledge", HandleAsync);
        return group;
    }

    private static Task<IResult> HandleAsync(
        Guid id, HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken) =>
        db.ChangeOpenAsync<RecordPriorKnowledgeRequest>(id, http, user, time, (request, errors) =>
        {
            errors.Require(request.HasPriorKnowledge is not null, "hasPriorKnowledge", "Required: true or false.");
            var weighing = request.HasPriorKnowledge == true
                ? TextRules.Required(request.Weighing, "weighing", errors)
                : TextRules.Optional(request.Weighing, "weighing", errors);
            return (assessment, now) => assessment.RecordPriorKnowledge(request.HasPriorKnowledge!.Value, weighing, user.Name, now);
        }, cancellationToken);
}
