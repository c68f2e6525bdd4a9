using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.ServiceDefaults.Health;

/// <summary>
/// Liveness and readiness, mapped in every environment (orchestrator probes run everywhere) and
/// open to unauthenticated callers, so they say only each check's name and status.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>Tag of the checks that readiness runs (database, broker, downstream services).</summary>
    public const string ReadyTag = "ready";

    /// <summary>Path prefix of the health endpoints.</summary>
    public const string Prefix = "/health";

    /// <summary>Maps <c>/health/live</c> (no checks: the process answers) and <c>/health/ready</c>.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Prefix + "/live", new HealthCheckOptions { Predicate = _ => false })
            .AllowAnonymous();
        endpoints.MapHealthChecks(Prefix + "/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteStatusOnly,
        }).AllowAnonymous();
        return endpoints;
    }

    private static Task WriteStatusOnly(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
