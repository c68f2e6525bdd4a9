using System.Collections.Concurrent;
using MassTransit;
using Platform.IntegrationTests.Infrastructure;
using Platform.ServiceDefaults.Messaging;

namespace Platform.IntegrationTests.Assessment;

/// <summary>A temporary queue bound to the assessment service's events, to see what it publishes.</summary>
internal sealed class EventProbe : IAsyncDisposable
{
    private readonly IBusControl _bus;
    private readonly ConcurrentQueue<object> _received = new();

    private EventProbe(Func<EventProbe, IBusControl> create) => _bus = create(this);

    public static async Task<EventProbe> StartAsync<T1, T2, T3, T4, T5>(PlatformFixture platform)
        where T1 : class where T2 : class where T3 : class where T4 : class where T5 : class
    {
        var broker = new Uri(platform.AmqpUri);
        var probe = new EventProbe(self => Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, (ushort)broker.Port, "/", host =>
            {
                host.Username("platform");
                host.Password("platform");
            });
            rabbit.ConfigureJsonSerializerOptions(MessageJson.Configure);
            rabbit.ReceiveEndpoint($"test-assessment-events-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Handler<T1>(self.ReceiveAsync);
                endpoint.Handler<T2>(self.ReceiveAsync);
                endpoint.Handler<T3>(self.ReceiveAsync);
                endpoint.Handler<T4>(self.ReceiveAsync);
                endpoint.Handler<T5>(self.ReceiveAsync);
            });
        }));
        await probe._bus.StartAsync();
        return probe;
    }

    /// <summary>Waits for the first event of a type that matches.</summary>
    public Task<T> WaitForAsync<T>(Func<T, bool> match)
        where T : class =>
        ApiClients.EventuallyAsync(() => Task.FromResult(_received.OfType<T>().FirstOrDefault(match)));

    private Task ReceiveAsync<T>(ConsumeContext<T> context)
        where T : class
    {
        _received.Enqueue(context.Message);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => new(_bus.StopAsync());
}
