using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Platform.ServiceDefaults.Telemetry;

/// <summary>
/// Framework categories log only warnings and errors unless configuration says otherwise.
/// At Information, ASP.NET Core writes two lines per request and EF Core one per SQL command:
/// work on every request that traces already record, and SQL text nobody should need in a log.
/// </summary>
public static class FrameworkLogLevels
{
    private static readonly string[] Categories = ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "System.Net.Http.HttpClient", "Yarp"];

    public static WebApplicationBuilder AddQuietFrameworkLogs(this WebApplicationBuilder builder)
    {
        foreach (var category in Categories)
        {
            var configured = builder.Configuration[$"Logging:LogLevel:{category}"];
            if (configured is null)
            {
                builder.Logging.AddFilter(category, LogLevel.Warning);
            }
        }

        return builder;
    }
}
