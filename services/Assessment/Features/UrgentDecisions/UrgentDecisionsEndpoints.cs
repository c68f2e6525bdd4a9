using Assessment.Access;
using Assessment.Data;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Authorization;
using Platform.BuildingBlocks.Casework;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Assessment;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.UrgentDecisions;

/// <summary>The body of <c>PUT .../urgent-decisions/{id}/meeting-report</c>: the meeting the decision was reported to.</summary>
internal sealed record MeetingReportRequest(DateOnly? MeetingDate, string? ProtocolParagraph);

/// <summary>An urgent decision of the chair, for the committee's next meeting.</summary>
internal sealed record UrgentDecisionItem(Guid AssessmentId, AssessmentOutcome Outcome, DateTimeOffset DecidedAt, string? Unit, DateOnly? ReportedToMeetingOn, string? ReportParagraph);

/// <summary>
/// <c>GET /api/assessment/committee/urgent-decisions</c>: the chair's urgent decisions not yet reported to a
/// meeting (the list for the next one); <c>PUT .../{id}/meeting-report</c>: the secretary records the
/// meeting they were reported to, which takes them off the list.
/// </summary>
internal static class UrgentDecisionsEndpoints
{
    public static RouteGroupBuilder MapUrgentDecisions(this RouteGroupBuilder group)
    {
        group.MapGet("/committee/urgent-decisions", ListAsync).Produces<IEnumerable<UrgentDecisionItem>>();
        group.MapPut("/committee/urgent-decisions/{id:guid}/meeting-report", ReportAsync)
            .DocumentsJsonWrite<MeetingReportRequest, UrgentDecisionItem>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> ListAsync(AssessmentDbContext db, CurrentUser user, AccessLogWriter log, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(AssessmentAccess.CommitteeRoles))
        {
            return Problems.Forbidden(AccessRules.CommitteeDecisions, "Only the committee, its secretary and the head of department see the decisions awaiting the committee.");
        }

        var items = await db.Assessments
            .Where(a => a.DelegationBasis == DelegationBasis.UrgentChairDecision && a.UrgentDecisionReportedOn == null)
            .OrderBy(a => a.DecidedAt)
            .Select(a => new UrgentDecisionItem(a.Id, a.Outcome!.Value, a.DecidedAt!.Value, a.Unit, a.UrgentDecisionReportedOn, a.UrgentDecisionReportParagraph))
            .ToListAsync(cancellationToken);
        await log.ShownAsync(AccessAction.List, AssessmentAccess.AssessmentRecord, items.Select(i => i.AssessmentId), cancellationToken);
        return Results.Ok(items);
    }

    private static async Task<IResult> ReportAsync(
        Guid id, HttpRequest http, AssessmentDbContext db, CurrentUser user, AccessLogWriter log, TimeProvider time, CancellationToken cancellationToken)
    {
        if (AssessmentAccess.RefuseUnlessCommitteeSecretary(user, "the report of an urgent decision to the meeting") is { } refused)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<MeetingReportRequest>(http, errors, cancellationToken);
        errors.Require(request is null || request.MeetingDate <= StockholmCalendar.LocalDate(time.GetUtcNow()), "meetingDate", "Required: yyyy-MM-dd, not in the future.");
        var paragraph = request is null ? null : TextFields.Required(request.ProtocolParagraph, "protocolParagraph", errors, CaseworkColumns.ProtocolParagraph);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var assessment = await db.Assessments.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assessment is null)
        {
            return Problems.NotFound("Assessment");
        }

        if (assessment.DelegationBasis != DelegationBasis.UrgentChairDecision || assessment.UrgentDecisionReportedOn is not null)
        {
            return Problems.Conflict("Only an urgent decision of the chair not yet reported is reported to a meeting.");
        }

        if (request!.MeetingDate < StockholmCalendar.LocalDate(assessment.DecidedAt!.Value))
        {
            return new ValidationErrors().Add("meetingDate", "Not before the decision was taken.").ToProblem();
        }

        assessment.ReportUrgentDecision(request.MeetingDate!.Value, paragraph!);
        log.Add(AccessAction.Write, AssessmentAccess.AssessmentRecord, assessment.Id);
        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(new UrgentDecisionItem(
            assessment.Id, assessment.Outcome!.Value, assessment.DecidedAt!.Value, assessment.Unit, assessment.UrgentDecisionReportedOn, assessment.UrgentDecisionReportParagraph));
    }
}
