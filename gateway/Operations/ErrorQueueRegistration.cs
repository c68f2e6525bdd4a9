namespace Gateway.Operations;

internal static class ErrorQueueRegistration
{
    /// <summary>The broker's settings (read now, so a missing one stops start-up), its management API and its AMQP side.</summary>
    public static IServiceCollection AddErrorQueues(this IServiceCollection services, IConfiguration configuration)
    {
        var broker = BrokerSettings.From(configuration);
        services.AddSingleton(broker);
        services.AddSingleton<ErrorQueueBroker>();
        services.AddHttpClient<BrokerManagement>(http => BrokerManagement.Configure(http, broker));
        return services;
    }
}
