using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Persistence;
using Platform.ServiceDefaults.Authentication;

namespace Platform.BuildingBlocks.Authorization;

/// <summary>
/// Guards and logs every read and write of a case's data (DOMAIN.md §4). Staff work on their own unit's
/// cases; another unit's case needs a stated reason (<c>?reason=</c>), which the log keeps and the log
/// review flags. The entry of a write is saved by the handler's own save, so it exists exactly when the
/// change does; a read is saved before its answer leaves, and only when something was shown. The
/// service says which case a route names and which records the log gives it.
/// </summary>
public abstract class CaseAccessFilter(ServiceDbContext db, AccessLogWriter log, OwnUnitRule ownUnit, CurrentUser user) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var target = await TargetAsync(http.Request.RouteValues, http.RequestAborted);
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
        foreach (var (recordType, recordId) in target.Records)
        {
            log.Add(isRead ? AccessAction.Read : AccessAction.Write, recordType, recordId);
        }

        var result = await next(context);
        if (isRead && result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
        {
            await db.SaveChangesAsync(http.RequestAborted);
        }

        return result;
    }

    /// <summary>The case the route names, or null when it names none (or one the caller's municipality does not have).</summary>
    protected abstract Task<CaseTarget?> TargetAsync(RouteValueDictionary route, CancellationToken cancellationToken);

    protected static Guid? RouteGuid(RouteValueDictionary route, string name) =>
        route.TryGetValue(name, out var value) && Guid.TryParse(value?.ToString(), out var id) ? id : null;
}
