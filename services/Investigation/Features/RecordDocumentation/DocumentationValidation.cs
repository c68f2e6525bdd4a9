using Investigation.Domain.Documentation;
using Platform.ServiceDefaults.Problems;

namespace Investigation.Features.RecordDocumentation;

/// <summary>A checked recording: the part and its content.</summary>
internal sealed record ValidRecording(DocumentationPart Part, IDocumentationContent Content);

/// <summary>
/// The checks on each part: each error names its JSON field, and nothing is written unless all pass.
/// Days lie between the opening day and today.
/// </summary>
internal static class DocumentationValidation
{
    public const int ShortText = 200;

    public static ValidRecording? Validate(InvestigationPlanRequest request, Days days, ValidationErrors errors)
    {
        errors.Require(request.FamilyInvited is not null, "familyInvited", "Required: true or false.");
        var reason = request.FamilyInvited == false
            ? TextFields.Required(request.Reason, "reason", errors)
            : TextFields.Optional(request.Reason, "reason", errors);
        return errors.IsValid ? new(DocumentationPart.InvestigationPlan, new InvestigationPlanContent(request.FamilyInvited!.Value, reason)) : null;
    }

    public static ValidRecording? Validate(ChildHeardRequest request, Days days, ValidationErrors errors)
    {
        errors.Require(request.Heard is not null, "heard", "Required: true or false.");
        var reason = request.Heard == false
            ? TextFields.Required(request.Reason, "reason", errors)
            : TextFields.Optional(request.Reason, "reason", errors);
        return errors.IsValid ? new(DocumentationPart.ChildHeard, new ChildHeardContent(request.Heard!.Value, reason)) : null;
    }

    public static ValidRecording? Text(DocumentationPart part, TextPartRequest request, ValidationErrors errors) =>
        TextFields.Required(request.Text, "text", errors) is { } text ? new(part, new TextContent(text)) : null;

    public static ValidRecording? Validate(ConsultationRequest request, Days days, ValidationErrors errors)
    {
        errors.Require(request.Kind is not null, "kind", "Required: " + KebabEnum.Names<ConsultationKind>() + ".");
        var party = TextFields.Required(request.Party, "party", errors, ShortText);
        days.Require(request.ContactedOn, "contactedOn", errors);
        var summary = TextFields.Required(request.Summary, "summary", errors);
        return errors.IsValid ? new(DocumentationPart.Consultation, new ConsultationContent(request.Kind!.Value, party, request.ContactedOn!.Value, summary)) : null;
    }

    public static ValidRecording? Validate(RiskAssessmentRequest request, Days days, ValidationErrors errors)
    {
        errors.Require(request.Method is not null, "method", "Required: " + KebabEnum.Names<RiskMethod>() + ".");
        var name = request.Method == RiskMethod.Other
            ? TextFields.Required(request.MethodName, "methodName", errors, ShortText)
            : null;
        errors.Require(request.Method == RiskMethod.Other || request.MethodName is null, "methodName", "Only with the method other.");
        errors.Require(request.Result is not null, "result", "Required: " + KebabEnum.Names<RiskLevel>() + ".");
        var comment = TextFields.Optional(request.Comment, "comment", errors);
        return errors.IsValid ? new(DocumentationPart.RiskAssessment, new RiskAssessmentContent(request.Method!.Value, name, request.Result!.Value, comment)) : null;
    }

    public static ValidRecording? Validate(PoliceReportRequest request, Days days, ValidationErrors errors)
    {
        errors.Require(request.Stance is not null, "stance", "Required: " + KebabEnum.Names<PoliceReportStance>() + ".");
        if (request.Stance == PoliceReportStance.Reported)
        {
            days.Require(request.ReportedOn, "reportedOn", errors, mayPrecedeOpening: true);
        }
        else
        {
            errors.Require(request.ReportedOn is null, "reportedOn", "Only with the stance reported.");
        }

        var reason = request.Stance == PoliceReportStance.NotReported
            ? TextFields.Required(request.Reason, "reason", errors)
            : TextFields.Optional(request.Reason, "reason", errors);
        return errors.IsValid ? new(DocumentationPart.PoliceReport, new PoliceReportContent(request.Stance!.Value, request.ReportedOn, reason)) : null;
    }

    public static ValidRecording? Validate(CommunicationRequest request, Days days, ValidationErrors errors)
    {
        var material = TextFields.Required(request.Material, "material", errors, ShortText);
        errors.Require(request.Party is not null, "party", "Required: " + KebabEnum.Names<CommunicationParty>() + ".");
        days.Require(request.CommunicatedOn, "communicatedOn", errors);
        return errors.IsValid ? new(DocumentationPart.Communication, new CommunicationContent(material, request.Party!.Value, request.CommunicatedOn!.Value)) : null;
    }
}

/// <summary>The days a recording may name: from the opening day (or earlier, where the fact may precede the investigation) to today.</summary>
internal sealed record Days(DateOnly Opened, DateOnly Today)
{
    public void Require(DateOnly? day, string field, ValidationErrors errors, bool mayPrecedeOpening = false) =>
        errors.Require(day is { } d && d <= Today && (mayPrecedeOpening || d >= Opened), field,
            $"Required: yyyy-MM-dd, {(mayPrecedeOpening ? string.Empty : $"not before the investigation opened ({Opened:yyyy-MM-dd}) and ")}not in the future.");
}
