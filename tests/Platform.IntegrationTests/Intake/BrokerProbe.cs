using System.Collections.Concurrent;
using System.Text;
using MassTransit;
using Platform.IntegrationTests.Infrastructure;
using Platform.ServiceDefaults.Messaging;

namespace Platform.IntegrationTests.Intake;

/// <summary>
/// A queue of the test's own, bound to intake's event exchanges on the test run's broker: it
/// receives a copy of every event intake publishes, with the raw body as it travelled.
/// </summary>
internal sealed class BrokerProbe : IAsyncDisposable
{
    private readonly IBusControl _bus;
    private readonly ConcurrentQueue<(object Message, string Raw)> _received = new();

    private BrokerProbe(PlatformFixture platform)
    {
        var broker = new Uri(platform.AmqpUri);
        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, (ushort)broker.Port, "/", host =>
            {
                host.Username("platform");
                host.Password("platform");
            });
            rabbit.ConfigureJsonSerializerOptions(MessageJson.Configure);
            rabbit.ReceiveEndpoint($"intake-tests-probe-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Handler<Platform.Contracts.Intake.ReportRegistered>(Keep);
                endpoint.Handler<Platform.Contracts.Intake.ProtectionAssessmentRecorded>(Keep);
                endpoint.Handler<Platform.Contracts.Intake.ReportReclassified>(Keep);
            });
        });
    }

    public static async Task<BrokerProbe> StartAsync(PlatformFixture platform)
    {
        var probe = new BrokerProbe(platform);
        await probe._bus.StartAsync();
        return probe;
    }

    /// <summary>Waits for the event that matches, and returns it with its raw body.</summary>
    public async Task<(T Message, string Raw)> WaitForAsync<T>(Func<T, bool> match)
        where T : class
    {
        var found = await ApiClients.EventuallyAsync(() => Task.FromResult(
            _received.Where(r => r.Message is T m && match(m)).Select(r => Tuple.Create((T)r.Message, r.Raw)).FirstOrDefault()));
        return (found.Item1, found.Item2);
    }

    public IReadOnlyList<T> All<T>(Func<T, bool> match)
        where T : class => [.. _received.Select(r => r.Message).OfType<T>().Where(match)];

    public ValueTask DisposeAsync() => new(_bus.StopAsync());

    private Task Keep<T>(ConsumeContext<T> context)
        where T : class
    {
        _received.Enqueue((context.Message, Encoding.UTF8.GetString(context.ReceiveContext.Body.GetBytes())));
        return Task.CompletedTask;
    }
}
