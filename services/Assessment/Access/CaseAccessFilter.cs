using Assessment.Data;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Authorization;
using Platform.ServiceDefaults.Authentication;

namespace Assessment.Access;

/// <summary>
/// Guards and logs every read and write of an assessment's case data (DOMAIN.md §4). Staff work on
/// their own unit's cases; another unit's case needs a stated reason (<c>?reason=</c>), which the log
/// keeps and the log review flags. A read through the report is logged against the assessment as well.
/// The entry of a write is saved by the handler's own save, so it exists exactly when the change does;
/// a read is saved before its answer leaves, and only when something was shown.
/// </summary>
internal sealed class CaseAccessFilter(AssessmentDbContext db, AccessLogWriter log, OwnUnitRule ownUnit, CurrentUser user) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var reportId = RouteGuid(http.Request.RouteValues, "reportId");
        var target = await TargetAsync(reportId, RouteGuid(http.Request.RouteValues, "id"), http.RequestAborted);
        if (target is null)
        {
            // Nothing of the case is shown: the handler answers 404.
            return await next(context);
        }

        if (ownUnit.Check(user.WorksOnUnit(target.Unit)) is { } refused)
        {
            return refused;
        }

        var isRead = HttpMethods.IsGet(http.Request.Method);
        var action = isRead ? AccessAction.Read : AccessAction.Write;
        log.Add(action, AssessmentAccess.AssessmentRecord, target.AssessmentId);
        if (reportId is { } report)
        {
            log.Add(action, AssessmentAccess.ReportRecord, report);
        }

        var result = await next(context);
        if (isRead && result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
        {
            await db.SaveChangesAsync(http.RequestAborted);
        }

        return result;
    }

    private async Task<Target?> TargetAsync(Guid? reportId, Guid? assessmentId, CancellationToken cancellationToken)
    {
        if (reportId is { } report)
        {
            assessmentId = await db.Reports.Where(r => r.ReportId == report).Select(r => r.AssessmentId).FirstOrDefaultAsync(cancellationToken);
        }

        return assessmentId is { } id
            ? await db.Assessments.Where(a => a.Id == id).Select(a => new Target(a.Id, a.Unit)).FirstOrDefaultAsync(cancellationToken)
            : null;
    }

    private static Guid? RouteGuid(RouteValueDictionary route, string name) =>
        route.TryGetValue(name, out var value) && Guid.TryParse(value?.ToString(), out var id) ? id : null;

    private sealed record Target(Guid AssessmentId, string? Unit);
}
