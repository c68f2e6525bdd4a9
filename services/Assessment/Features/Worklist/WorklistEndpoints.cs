using Assessment.Access;
using Assessment.Data;
using Assessment.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Authorization;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;

namespace Assessment.Features.Worklist;

/// <summary>
/// <c>GET /api/assessment/worklist</c> and <c>GET /api/assessment/worklist/feedback</c>: what is open in
/// the caller's municipality and unit, soonest deadline first. Every listed item is access-logged,
/// as on intake's worklist, so a list stops at <see cref="MaxItems"/>.
/// </summary>
internal static class WorklistEndpoints
{
    public const int MaxItems = 500;

    public static RouteGroupBuilder MapWorklist(this RouteGroupBuilder group)
    {
        group.MapGet("/worklist", AssessmentsAsync).Produces<WorklistResponse<AssessmentWorkItem>>();
        group.MapGet("/worklist/feedback", FeedbackAsync).Produces<WorklistResponse<FeedbackWorkItem>>();
        return group;
    }

    private static async Task<IResult> AssessmentsAsync(
        AssessmentDbContext db, CurrentUser user, AccessLogWriter log, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var open = await ForUnit(db.Assessments.Where(a => a.Status == AssessmentStatus.Open), user)
            .OrderBy(a => a.DueAt)
            .ThenBy(a => a.Id)
            .Take(MaxItems + 1)
            .Select(a => new { Assessment = a, ReportCount = a.Reports.Count })
            .ToListAsync(cancellationToken);
        var items = open.Take(MaxItems).Select(o => new AssessmentWorkItem(
            o.Assessment.Id, o.Assessment.ChildId, o.Assessment.Unit, o.Assessment.ReceivedAt, o.Assessment.OriginalDueAt, o.Assessment.DueAt,
            StockholmCalendar.LastDayBefore(o.Assessment.DueAt), o.Assessment.IsOverdue(now), o.Assessment.IsExtended,
            o.Assessment.IsStatutory, o.Assessment.HasViolenceConcern, o.Assessment.Triage, o.Assessment.AssigneeName, o.ReportCount)).ToList();
        await log.ShownAsync(AccessAction.List, AssessmentAccess.AssessmentRecord, items.Select(i => i.AssessmentId), cancellationToken);
        return Results.Ok(new WorklistResponse<AssessmentWorkItem>(items, open.Count > MaxItems));
    }

    private static async Task<IResult> FeedbackAsync(
        AssessmentDbContext db, CurrentUser user, AccessLogWriter log, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var tasks = await db.FeedbackTasks
            .Where(t => t.EndedAt == null)
            .Join(ForUnit(db.Assessments, user), t => t.AssessmentId, a => a.Id, (t, _) => t)
            .OrderBy(t => t.DueAt)
            .ThenBy(t => t.Id)
            .Take(MaxItems + 1)
            .ToListAsync(cancellationToken);
        var items = tasks.Take(MaxItems).Select(t => new FeedbackWorkItem(
            t.Id, t.AssessmentId, t.ReportId, t.CaseNumber, t.ReporterCategory,
            t.Outcome, t.DueAt, StockholmCalendar.LastDayBefore(t.DueAt), now >= t.DueAt)).ToList();
        // A task tells one reporter about one report: the report is the record shown.
        await log.ShownAsync(AccessAction.List, AssessmentAccess.ReportRecord, items.Select(i => i.ReportId), cancellationToken);
        return Results.Ok(new WorklistResponse<FeedbackWorkItem>(items, tasks.Count > MaxItems));
    }

    /// <summary>
    /// Staff see their own unit's work and the work no unit has yet been given (a report registered
    /// without one must not fall off every list); a caller without a unit sees only the latter. The
    /// department-wide roles see every unit's. Another unit's case is opened one at a time, with a reason.
    /// </summary>
    private static IQueryable<InitialAssessment> ForUnit(IQueryable<InitialAssessment> assessments, CurrentUser user)
    {
        if (user.IsInRole(CaseworkAccess.DepartmentWideRoles))
        {
            return assessments;
        }

        var unit = user.Unit;
        return unit is null ? assessments.Where(a => a.Unit == null) : assessments.Where(a => a.Unit == unit || a.Unit == null);
    }
}
