using Aspire.AppHost.RabbitMq;
using MassTransit;
using Platform.BuildingBlocks.Messaging;

namespace Platform.Testing.Messaging;

/// <summary>A MassTransit bus in the test process, on the test run's broker, to publish and listen as a service would.</summary>
public sealed class TestBus : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private TestBus(IBusControl bus) => _bus = bus;

    /// <summary>Starts a bus on the broker at <paramref name="amqpUri"/> (the run's node, as the app host set it up).</summary>
    public static async Task<TestBus> StartAsync(string amqpUri)
    {
        var broker = new Uri(amqpUri);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, (ushort)broker.Port, "/", host =>
            {
                host.Username(RabbitMqNode.User);
                host.Password(RabbitMqNode.Password);
            });
            rabbit.ConfigureJsonSerializerOptions(MessageJson.Configure);
        });
        await bus.StartAsync();
        return new TestBus(bus);
    }

    /// <summary>Publishes with a chosen message id, as the outbox relay does.</summary>
    public Task PublishAsync<T>(T message, Guid messageId)
        where T : class =>
        _bus.Publish(message, context => context.MessageId = messageId);

    /// <summary>The exchange MassTransit publishes <typeparamref name="T"/> to.</summary>
    public string ExchangeOf<T>()
        where T : class =>
        _bus.Topology.TryGetPublishAddress<T>(out var address)
            ? Uri.UnescapeDataString(address.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1])
            : throw new InvalidOperationException($"{typeof(T).Name} has no publish address.");

    /// <summary>
    /// A queue of the test's own, bound to <typeparamref name="T"/>'s exchange: it receives a copy of
    /// every <typeparamref name="T"/> published from now on, until the bus stops (then it is deleted).
    /// </summary>
    public async Task<EventListener<T>> ListenAsync<T>()
        where T : class
    {
        var listener = new EventListener<T>();
        var handle = _bus.ConnectReceiveEndpoint($"test-listener-{Guid.NewGuid():N}", endpoint =>
        {
            if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
            {
                rabbit.AutoDelete = true;
                rabbit.Durable = false;
            }

            endpoint.Handler<T>(listener.KeepAsync);
        });
        await handle.Ready;
        return listener;
    }

    public ValueTask DisposeAsync() => new(_bus.StopAsync());
}
