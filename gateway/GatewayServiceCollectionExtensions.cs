using Gateway.DevTokens;
using Gateway.Health;
using Gateway.Limits;
using Gateway.Operations;
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
        // Resolved only where the development token endpoint is mapped, so outside Development the key is never read.
        builder.Services.AddSingleton(sp => new TokenIssuer(
            TokenIssuer.Credentials(builder.Configuration[TokenIssuer.SigningKeyKey]),
            sp.GetRequiredService<PlatformAuthOptions>(),
            sp.GetRequiredService<TimeProvider>()));
        // Not AddServiceDiscoveryCore alone: without the configuration and pass-through providers every destination answers 503.
        builder.Services.AddServiceDiscovery();
        builder.Services.AddReverseProxy()
            .LoadFromMemory(ServiceRoutes.Routes(documentsOpen: builder.Environment.IsDevelopment()), ServiceRoutes.Clusters())
            .AddServiceDiscoveryDestinationResolver();
        builder.Services.AddHttpClient(DownstreamHealthCheck.ClientName, c => c.Timeout = TimeSpan.FromSeconds(3)).AddServiceDiscovery();
        builder.Services.AddDownstreamHealthChecks();
        builder.Services.AddErrorQueues(builder.Configuration);
        builder.AddOperationsDocument();
        return builder;
    }
}
