using Microsoft.EntityFrameworkCore;
using Placements.Data;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Authorization;
using Platform.ServiceDefaults.Authentication;

namespace Placements.Access;

/// <summary>
/// Guards and logs every read and write of a placement's case data (DOMAIN.md §4): the caller's own unit,
/// or another's with a stated reason (<c>?reason=</c>) that the log keeps. Another municipality's placement
/// is invisible here (the tenant filter), so the handler answers 404. A read's entry is saved once shown.
/// </summary>
internal sealed class PlacementAccessFilter(PlacementsDbContext db, AccessLogWriter log, OwnUnitRule ownUnit, CurrentUser user) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var id = http.Request.RouteValues.TryGetValue("id", out var value) && Guid.TryParse(value?.ToString(), out var parsed) ? parsed : (Guid?)null;
        var target = id is null
            ? null
            : await db.Placements.Where(p => p.Id == id).Select(p => new { p.Id, p.Unit }).FirstOrDefaultAsync(http.RequestAborted);
        if (target is null)
        {
            return await next(context);
        }

        if (ownUnit.Check(user.WorksOnUnit(target.Unit)) is { } refused)
        {
            return refused;
        }

        var isRead = HttpMethods.IsGet(http.Request.Method);
        log.Add(isRead ? AccessAction.Read : AccessAction.Write, PlacementsAccess.PlacementRecord, target.Id);
        var result = await next(context);
        if (isRead && result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
        {
            await db.SaveChangesAsync(http.RequestAborted);
        }

        return result;
    }
}
