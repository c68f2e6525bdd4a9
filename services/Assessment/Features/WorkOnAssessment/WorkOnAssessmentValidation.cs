using Assessment.Domain.Assessments;
using Platform.BuildingBlocks.Authorization;
using Platform.Contracts;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.WorkOnAssessment;

/// <summary>
/// The checks on each recording: each returns the change it makes to the assessment, or adds errors
/// naming the fields, and nothing is written unless all pass.
/// </summary>
internal static class WorkOnAssessmentValidation
{
    /// <summary>The assignee must hold the social-work qualification.</summary>
    public static Func<InitialAssessment, DateTimeOffset, AssessmentRecording?> Validate(AssignRequest request, CurrentUser user, DateTimeOffset requestedAt, ValidationErrors errors)
    {
        var id = TextFields.Required(request.AssigneeId, "assigneeId", errors);
        var name = TextFields.Required(request.AssigneeName, "assigneeName", errors);
        var qualification = RuleCatalogue.Provision(LegalProvisionIds.QualifiedStaff, StockholmCalendar.LocalDate(requestedAt)).Display;
        errors.Require(request.AssigneeQualified == true, "assigneeQualified", $"The assignee must be qualified staff ({qualification}): true is required.");
        return (assessment, now) =>
        {
            assessment.Assign(id!, name!, assigneeQualified: true, user.Name, now);
            return null;
        };
    }

    /// <summary>
    /// Where there is prior knowledge, how it was weighed is required; a list of earlier case numbers
    /// is not enough (audit finding "utdrag utan beskrivning").
    /// </summary>
    public static Func<InitialAssessment, DateTimeOffset, AssessmentRecording?> Validate(PriorKnowledgeRequest request, CurrentUser user, DateTimeOffset requestedAt, ValidationErrors errors)
    {
        errors.Require(request.HasPriorKnowledge is not null, "hasPriorKnowledge", "Required: true or false.");
        var weighing = request.HasPriorKnowledge == true
            ? TextFields.Required(request.Weighing, "weighing", errors)
            : TextFields.Optional(request.Weighing, "weighing", errors);
        return (assessment, now) => assessment.RecordPriorKnowledge(request.HasPriorKnowledge!.Value, weighing, user.AsDecider(), now);
    }

    /// <summary>The child's view, or why it was not obtained; the text is required either way.</summary>
    public static Func<InitialAssessment, DateTimeOffset, AssessmentRecording?> Validate(ChildViewRequest request, CurrentUser user, DateTimeOffset requestedAt, ValidationErrors errors)
    {
        errors.Require(request.Obtained is not null, "obtained", "Required: true or false.");
        var text = TextFields.Required(request.Text, "text", errors);
        return (assessment, now) => assessment.RecordChildView(request.Obtained!.Value, text!, user.AsDecider(), now);
    }

    public static Func<InitialAssessment, DateTimeOffset, AssessmentRecording?> Validate(TriageRequest request, CurrentUser user, DateTimeOffset requestedAt, ValidationErrors errors)
    {
        errors.Require(request.Colour is not null, "colour", "Required: green, yellow or red.");
        return (assessment, _) =>
        {
            assessment.RecordTriage(request.Colour!.Value);
            return null;
        };
    }
}
