using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Platform.ServiceDefaults.Configuration;

/// <summary>
/// A JSON file of settings an operator may change while the service runs (today the trace sampling
/// ratio), named by <c>OperatorSettingsFile</c>. The service watches it and applies a change
/// without a restart; in a cluster it is a mounted config map. It is added last, so what it says
/// wins over appsettings and the environment: it is the setting the operator changed most recently.
/// </summary>
public static class OperatorSettingsFile
{
    /// <summary>The configuration key naming the file.</summary>
    public const string PathKey = "OperatorSettingsFile";

    /// <summary>Adds the file, when one is named, as a watched, optional configuration source.</summary>
    public static WebApplicationBuilder AddOperatorSettingsFile(this WebApplicationBuilder builder)
    {
        var path = builder.Configuration[PathKey];
        if (!string.IsNullOrWhiteSpace(path))
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(path), optional: true, reloadOnChange: true);
        }

        return builder;
    }
}
