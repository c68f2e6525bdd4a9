using Assessment.Data;
using Platform.BuildingBlocks.AccessLog;

namespace Assessment.Access;

/// <summary>
/// Logs every read and write of an assessment's case data (DOMAIN.md §4). The entry of a write is
/// saved by the handler's own save, so it exists exactly when the change does; a read is saved
/// before its answer leaves, and only when something was shown.
/// </summary>
internal sealed class AccessLogFilter(AssessmentDbContext db, AccessLogWriter log) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var (recordType, recordId) = Accessed(http.Request.RouteValues);
        var isRead = HttpMethods.IsGet(http.Request.Method);
        log.Add(isRead ? AccessAction.Read : AccessAction.Write, recordType, recordId);

        var result = await next(context);
        if (isRead && result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
        {
            await db.SaveChangesAsync(http.RequestAborted);
        }

        return result;
    }

    private static (string Type, Guid Id) Accessed(RouteValueDictionary route) =>
        route.TryGetValue("reportId", out var report) && Guid.TryParse(report?.ToString(), out var reportId)
            ? (AssessmentAccess.ReportRecord, reportId)
            : (AssessmentAccess.AssessmentRecord, Guid.Parse(route["id"]!.ToString()!));
}
