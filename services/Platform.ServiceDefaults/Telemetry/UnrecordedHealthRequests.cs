using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Platform.ServiceDefaults.Health;

namespace Platform.ServiceDefaults.Telemetry;

/// <summary>
/// Probes arrive every few seconds from every orchestrator; recording them would bury the traces
/// operators look for. Clearing the recorded flag also keeps the probe's database calls out.
/// </summary>
internal sealed class UnrecordedHealthRequests(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(HealthEndpoints.Prefix) && Activity.Current is { } activity)
        {
            activity.IsAllDataRequested = false;
            activity.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
        }

        return next(context);
    }
}
