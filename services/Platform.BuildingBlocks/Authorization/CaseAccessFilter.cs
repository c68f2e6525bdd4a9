using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Persistence;
using Platform.ServiceDefaults.Authentication;

namespace Platform.BuildingBlocks.Authorization;

/// <summary>
/// Guards and logs every read and write of a case's data (DOMAIN.md §4). Staff work on their own unit's
/// cases; another unit's case needs a stated reason (<c>?reason=</c>), which the log keeps and the log
/// review flags. The entry of a write is saved by the handler's own save, so it exists exactly when the
/// change does; a read is saved before its answer leaves, and only when something was shown.
/// </summary>
/// <param name="findCase">
/// The service's lookup of the case a route names, with the records the log gives it; null when the
/// route names none, or one the caller's municipality does not have (the handler then answers 404).
/// </param>
public sealed class CaseAccessFilter<TContext>(Func<TContext, RouteValueDictionary, CancellationToken, Task<CaseTarget?>> findCase) : IEndpointFilter
    where TContext : ServiceDbContext
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var db = services.GetRequiredService<TContext>();
        var target = await findCase(db, http.Request.RouteValues, http.RequestAborted);
        if (target is null)
        {
            // Nothing of the case is shown: the handler answers 404.
            return await next(context);
        }

        var user = services.GetRequiredService<CurrentUser>();
        if (services.GetRequiredService<OwnUnitRule>().Check(user.WorksOnUnit(target.Unit)) is { } refused)
        {
            return refused;
        }

        var log = services.GetRequiredService<AccessLogWriter>();
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
}
