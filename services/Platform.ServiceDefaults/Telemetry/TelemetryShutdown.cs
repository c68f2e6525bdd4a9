using Microsoft.Extensions.Hosting;
using OpenTelemetry;

namespace Platform.ServiceDefaults.Telemetry;

/// <summary>
/// Flushes and disposes the SDK when the host stops: a singleton registered as an instance is not
/// disposed by the container, and spans still in the batch would be lost.
/// </summary>
internal sealed class TelemetryShutdown(OpenTelemetrySdk sdk, ServiceTelemetry telemetry) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        sdk.Dispose();
        telemetry.Dispose();
        return Task.CompletedTask;
    }
}
