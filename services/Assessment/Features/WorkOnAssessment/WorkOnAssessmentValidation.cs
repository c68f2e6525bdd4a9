using Assessment.Domain.Assessments;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.WorkOnAssessment;

/// <summary>
/// The checks on each recording: each returns the change it makes to the assessment, or adds errors
/// naming the fields, and nothing is written unless all pass.
/// </summary>
internal static class WorkOnAssessmentValidation
{
    /// <summary>The assignee must hold the social-work qualification (3 kap. 3 a § SoL).</summary>
    public static Action<InitialAssessment, DateTimeOffset> Validate(AssignRequest request, CurrentUser user, ValidationErrors errors)
    {
        var id = TextFields.Required(request.AssigneeId, "assigneeId", errors);
        var name = TextFields.Required(request.AssigneeName, "assigneeName", errors);
        errors.Require(request.AssigneeQualified == true, "assigneeQualified", "The assignee must be qualified staff (3 kap. 3 a § SoL): true is required.");
        return (assessment, now) => assessment.Assign(id!, name!, assigneeQualified: true, user.Name, now);
    }

    /// <summary>
    /// Where there is prior knowledge, how it was weighed is required; a list of earlier case numbers
    /// is not enough (audit finding "utdrag utan beskrivning").
    /// </summary>
    public static Action<InitialAssessment, DateTimeOffset> Validate(PriorKnowledgeRequest request, CurrentUser user, ValidationErrors errors)
    {
        errors.Require(request.HasPriorKnowledge is not null, "hasPriorKnowledge", "Required: true or false.");
        var weighing = request.HasPriorKnowledge == true
            ? TextFields.Required(request.Weighing, "weighing", errors)
            : TextFields.Optional(request.Weighing, "weighing", errors);
        return (assessment, now) => assessment.RecordPriorKnowledge(request.HasPriorKnowledge!.Value, weighing, user.Name, now);
    }

    /// <summary>The child's view, or why it was not obtained; the text is required either way.</summary>
    public static Action<InitialAssessment, DateTimeOffset> Validate(ChildViewRequest request, CurrentUser user, ValidationErrors errors)
    {
        errors.Require(request.Obtained is not null, "obtained", "Required: true or false.");
        var text = TextFields.Required(request.Text, "text", errors);
        return (assessment, now) => assessment.RecordChildView(request.Obtained!.Value, text!, user.Name, now);
    }

    public static Action<InitialAssessment, DateTimeOffset> Validate(TriageRequest request, CurrentUser user, ValidationErrors errors)
    {
        errors.Require(request.Colour is not null, "colour", "Required: green, yellow or red.");
        return (assessment, _) => assessment.RecordTriage(request.Colour!.Value);
    }
}
