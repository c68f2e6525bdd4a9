using Assessment.Domain.Assessments;
using Assessment.Features.Shared;
using Platform.Contracts.Assessment;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.WorkOnAssessment;

/// <summary>A recording on an open assessment: validates itself and returns the change it makes.</summary>
internal interface IWorkRequest
{
    Action<InitialAssessment, DateTimeOffset> Validate(CurrentUser user, ValidationErrors errors);
}

/// <summary><c>PUT .../assignee</c>: the assignee must hold the social-work qualification (3 kap. 3 a § SoL).</summary>
internal sealed record AssignRequest(string? AssigneeId, string? AssigneeName, bool? AssigneeQualified) : IWorkRequest
{
    public Action<InitialAssessment, DateTimeOffset> Validate(CurrentUser user, ValidationErrors errors)
    {
        var id = TextRules.Required(AssigneeId, "assigneeId", errors);
        var name = TextRules.Required(AssigneeName, "assigneeName", errors);
        errors.Require(AssigneeQualified == true, "assigneeQualified", "The assignee must be qualified staff (3 kap. 3 a § SoL): true is required.");
        return (assessment, now) => assessment.Assign(id!, name!, assigneeQualified: true, user.Name, now);
    }
}

/// <summary>
/// <c>PUT .../prior-knowledge</c>: where there is prior knowledge, how it was weighed is required; a
/// list of earlier case numbers is not enough (audit finding "utdrag utan beskrivning").
/// </summary>
internal sealed record PriorKnowledgeRequest(bool? HasPriorKnowledge, string? Weighing) : IWorkRequest
{
    public Action<InitialAssessment, DateTimeOffset> Validate(CurrentUser user, ValidationErrors errors)
    {
        errors.Require(HasPriorKnowledge is not null, "hasPriorKnowledge", "Required: true or false.");
        var weighing = HasPriorKnowledge == true
            ? TextRules.Required(Weighing, "weighing", errors)
            : TextRules.Optional(Weighing, "weighing", errors);
        return (assessment, now) => assessment.RecordPriorKnowledge(HasPriorKnowledge!.Value, weighing, user.Name, now);
    }
}

/// <summary><c>PUT .../child-view</c>: the child's view, or why it was not obtained; the text is required either way.</summary>
internal sealed record ChildViewRequest(bool? Obtained, string? Text) : IWorkRequest
{
    public Action<InitialAssessment, DateTimeOffset> Validate(CurrentUser user, ValidationErrors errors)
    {
        errors.Require(Obtained is not null, "obtained", "Required: true or false.");
        var text = TextRules.Required(Text, "text", errors);
        return (assessment, now) => assessment.RecordChildView(Obtained!.Value, text!, user.Name, now);
    }
}

/// <summary><c>PUT .../triage</c>: green, yellow or red.</summary>
internal sealed record TriageRequest(TriageColour? Colour) : IWorkRequest
{
    public Action<InitialAssessment, DateTimeOffset> Validate(CurrentUser user, ValidationErrors errors)
    {
        errors.Require(Colour is not null, "colour", "Required: green, yellow or red.");
        return (assessment, _) => assessment.RecordTriage(Colour!.Value);
    }
}
