using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Contracts.Hosting;
using Platform.ServiceDefaults.Health;

namespace Gateway.Health;

/// <summary>The gateway is ready when it can reach each service's readiness endpoint.</summary>
internal sealed class DownstreamHealthCheck(IHttpClientFactory clients, string address) : IHealthCheck
{
    public const string ClientName = "downstream-health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync(address + HealthEndpoints.Prefix + "/ready", cancellationToken);
            return response.IsSuccessStatusCode ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy();
        }
        catch (HttpRequestException)
        {
            return HealthCheckResult.Unhealthy();
        }
    }
}

internal static class DownstreamHealthChecks
{
    public static IServiceCollection AddDownstreamHealthChecks(this IServiceCollection services)
    {
        var checks = services.AddHealthChecks();
        foreach (var service in PlatformResources.Services)
        {
            checks.Add(new HealthCheckRegistration(
                service.Name,
                sp => new DownstreamHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), Routing.ServiceRoutes.Address(service.Name)),
                HealthStatus.Unhealthy,
                [HealthEndpoints.ReadyTag]));
        }

        return services;
    }
}
