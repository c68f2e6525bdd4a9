using Gateway.Health;
using Gateway.Limits;
using Gateway.Routing;
using Platform.ServiceDefaults.Authentication;

namespace Gateway;

internal static class GatewayServiceCollectionExtensions
{
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(GatewayLimits.Section).Get<GatewayLimits>() ?? new GatewayLimits();
        builder.Services.AddSingleton(limits);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        builder.Services.AddTenantRateLimits(limits);
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddReverseProxy().LoadFromMemory(ServiceRoutes.Routes(), ServiceRoutes.Clusters(builder.Configuration));
        builder.Services.AddHttpClient(DownstreamHealthCheck.ClientName, c => c.Timeout = TimeSpan.FromSeconds(3));
        builder.Services.AddDownstreamHealthChecks();
        return builder;
    }
}
