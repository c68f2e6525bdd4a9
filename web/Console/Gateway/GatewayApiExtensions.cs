namespace PlatformConsole.Gateway;

internal static class GatewayApiExtensions
{
    public const string AnonymousClient = "gateway-anonymous";

    public static IServiceCollection AddGatewayApi(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>() ?? new GatewayOptions();
        services.AddSingleton(options);
        services.AddHttpClient<GatewayApi>(c => c.BaseAddress = new Uri(options.GatewayUrl));
        services.AddHttpClient(AnonymousClient, c => c.BaseAddress = new Uri(options.GatewayUrl));
        return services;
    }
}
