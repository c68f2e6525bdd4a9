using Microsoft.Extensions.Logging;

namespace Platform.ServiceDefaults.Telemetry;

/// <summary>Hands the host's loggers to the OpenTelemetry SDK's logger factory.</summary>
internal sealed class ForwardingLoggerProvider(ILoggerFactory openTelemetryLoggers) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => openTelemetryLoggers.CreateLogger(categoryName);

    // The SDK owns the factory and is disposed by TelemetryShutdown.
    public void Dispose()
    {
    }
}
