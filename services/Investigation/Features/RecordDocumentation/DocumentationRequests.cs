using Investigation.Domain.Documentation;
using Investigation.Domain.Investigations;

namespace Investigation.Features.RecordDocumentation;

/// <summary>The body of <c>PUT .../investigation-plan</c>: whether the family was invited to take part, and why (required when not).</summary>
internal sealed record InvestigationPlanRequest(bool? FamilyInvited, string? Reason);

/// <summary>The body of <c>PUT .../child-heard</c>: whether the child was heard, and why not (required when not).</summary>
internal sealed record ChildHeardRequest(bool? Heard, string? Reason);

/// <summary>The body of the text parts: <c>PUT .../child-view | needs-assessment | guardians-ability | conclusion</c>.</summary>
internal sealed record TextPartRequest(string? Text);

/// <summary>The body of <c>POST .../consultations</c>: one consultation or reference contact.</summary>
internal sealed record ConsultationRequest(ConsultationKind? Kind, string? Party, DateOnly? ContactedOn, string? Summary);

/// <summary>The body of <c>PUT .../risk-assessment</c>: FREDA, PATRIARK or another method by name, and the result.</summary>
internal sealed record RiskAssessmentRequest(RiskMethod? Method, string? MethodName, RiskLevel? Result, string? Comment);

/// <summary>The body of <c>PUT .../police-report</c>: reported (with the day), not reported (with the reason), or no known crime.</summary>
internal sealed record PoliceReportRequest(PoliceReportStance? Stance, DateOnly? ReportedOn, string? Reason);

/// <summary>The body of <c>POST .../communications</c>: the material, the party, the day (kommunicering).</summary>
internal sealed record CommunicationRequest(string? Material, CommunicationParty? Party, DateOnly? CommunicatedOn);

/// <summary>The body of <c>PUT .../guardians-informed</c>: the day and the manner the guardians were told of the investigation.</summary>
internal sealed record GuardiansInformedRequest(DateOnly? InformedOn, InformedManner? Manner);
