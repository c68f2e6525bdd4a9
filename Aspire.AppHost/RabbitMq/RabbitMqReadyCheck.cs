using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aspire.AppHost.RabbitMq;

/// <summary>Ready when the broker itself says its AMQP listener is up (the management API's own health check).</summary>
internal sealed class RabbitMqReadyCheck(RabbitMqManagement management, int amqpPort) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var status = await management.PortListenerStatusAsync(amqpPort, cancellationToken);
            return status == HttpStatusCode.OK ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"management API answered {(int)status}");
        }
        catch (HttpRequestException e)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
