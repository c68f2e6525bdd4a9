using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Hosting;
using Platform.ServiceDefaults.Health;

namespace Platform.BuildingBlocks.Messaging;

/// <summary>MassTransit on RabbitMQ with the transactional outbox and the inbox.</summary>
public static class MessagingExtensions
{
    /// <summary>
    /// Adds the bus (durable queues named <c>service-consumer</c>, publisher confirms, explicit
    /// prefetch, the inbox filter around every consumer), the outbox relay and the sweep of sent rows. Call after <c>AddServiceDatabase</c>,
    /// so that migrations have run before anything is consumed or relayed.
    /// </summary>
    public static WebApplicationBuilder AddServiceMessaging<TDb>(
        this WebApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TDb : MessagingDbContext
    {
        var options = (builder.Configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions()).WithDefaults();
        var broker = new Uri(builder.Configuration.GetConnectionString(PlatformResources.Broker)
            ?? throw new InvalidOperationException($"ConnectionStrings:{PlatformResources.Broker} is not set."));

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<IInterceptor, OutboxWakeUp>();
        // The inbox filter resolves the service's context under the building block's own type.
        builder.Services.AddScoped<MessagingDbContext>(services => services.GetRequiredService<TDb>());
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, false));
            addConsumers?.Invoke(bus);
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "broker";
                health.Tags.Add(HealthEndpoints.ReadyTag);
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, (ushort)broker.Port, VirtualHost(broker), host =>
                {
                    var (user, password) = Credentials(broker);
                    host.Username(user);
                    host.Password(password);
                    host.PublisherConfirmation = true;
                });
                rabbit.PrefetchCount = options.PrefetchCount;
                rabbit.ConcurrentMessageLimit = options.ConcurrentMessageLimit;
                // The settings the outbox writes envelopes with, so the bus reads exactly what is stored.
                rabbit.ConfigureJsonSerializerOptions(_ => OutboxEnvelope.Options);
                // Scoped: the filter and the consumer share one scope, so one database context and transaction.
                rabbit.UseConsumeFilter(typeof(InboxFilter<>), context);
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.AddHostedService<OutboxRelay<TDb>>();
        builder.Services.AddHostedService<OutboxSweeper<TDb>>();
        builder.Services.AddHostedService<OutboxMetrics<TDb>>();
        return builder;
    }

    private static string VirtualHost(Uri broker)
    {
        var path = Uri.UnescapeDataString(broker.AbsolutePath.TrimStart('/'));
        return path.Length == 0 ? "/" : path;
    }

    private static (string User, string Password) Credentials(Uri broker)
    {
        var parts = broker.UserInfo.Split(':', 2);
        return parts.Length == 2
            ? (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]))
            : ("guest", "guest");
    }
}
