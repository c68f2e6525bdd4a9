using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Configuration;
using Platform.ServiceDefaults.Health;
using Platform.ServiceDefaults.Problems;
using Platform.ServiceDefaults.Telemetry;

namespace Platform.ServiceDefaults;

/// <summary>What every service and the gateway share, in one call each.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Operator settings, telemetry, problem details, token authentication, health checks and time.</summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        builder.AddHostDefaults();
        builder.Services.AddPlatformProblemDetails();
        builder.Services.AddPlatformAuthentication(builder.Configuration);
        // An enum is its kebab-case name on the wire, never a number: a number names no value the model knows.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(
            new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)));
        return builder;
    }

    /// <summary>
    /// What every process of the platform shares, the web console too (which signs its users in by
    /// cookie, not by bearer token): operator settings, telemetry, quiet framework logs, health checks and time.
    /// </summary>
    public static WebApplicationBuilder AddHostDefaults(this WebApplicationBuilder builder)
    {
        builder.AddOperatorSettingsFile();
        builder.AddPlatformTelemetry();
        builder.AddQuietFrameworkLogs();
        builder.Services.AddHealthChecks();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>The shared middleware (errors, authentication) and the health endpoints.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseQueryTextGuard();
        app.MapHealthEndpoints();
        return app;
    }
}
