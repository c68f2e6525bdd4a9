using Investigation.Data;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Authorization;
using Platform.ServiceDefaults.Authentication;

namespace Investigation.Access;

/// <summary>
/// Guards and logs every read and write of an investigation's case data (DOMAIN.md §4). Staff work on
/// their own unit's cases; another unit's case needs a stated reason (<c>?reason=</c>), which the log
/// keeps and the log review flags. The entry of a write is saved by the handler's own save, so it
/// exists exactly when the change does; a read is saved before its answer leaves, and only when shown.
/// </summary>
internal sealed class CaseAccessFilter(InvestigationDbContext db, AccessLogWriter log, OwnUnitRule ownUnit, CurrentUser user) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var id = http.Request.RouteValues.TryGetValue("id", out var value) && Guid.TryParse(value?.ToString(), out var parsed) ? parsed : (Guid?)null;
        var unit = id is { } investigationId
            ? await db.Investigations.Where(i => i.Id == investigationId).Select(i => new { i.Unit }).FirstOrDefaultAsync(http.RequestAborted)
            : null;
        if (unit is null)
        {
            // Nothing of the case is shown: the handler answers 404.
            return await next(context);
        }

        if (ownUnit.Check(user.WorksOnUnit(unit.Unit)) is { } refused)
        {
            return refused;
        }

        var isRead = HttpMethods.IsGet(http.Request.Method);
        log.Add(isRead ? AccessAction.Read : AccessAction.Write, InvestigationAccess.InvestigationRecord, id!.Value);
        var result = await next(context);
        if (isRead && result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
        {
            await db.SaveChangesAsync(http.RequestAborted);
        }

        return result;
    }
}
