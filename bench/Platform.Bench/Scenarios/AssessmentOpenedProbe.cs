using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts.Assessment;

namespace Platform.Bench.Scenarios;

/// <summary>
/// Listens on the broker for <see cref="AssessmentOpened"/>, which the assessment service
/// publishes from its outbox after the assessment is committed: the moment it became visible.
/// A temporary queue, so the benchmark leaves nothing behind on the broker.
/// </summary>
public sealed class AssessmentOpenedProbe : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, long> openedAt = new();
    private IBusControl? bus;

    public IReadOnlyDictionary<Guid, long> OpenedAt => openedAt;

    public static async Task<AssessmentOpenedProbe> StartAsync(string amqpUri, CancellationToken cancellationToken)
    {
        var probe = new AssessmentOpenedProbe();
        var broker = new Uri(amqpUri);
        var credentials = broker.UserInfo.Split(':', 2);
        probe.bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, (ushort)broker.Port, "/", host =>
            {
                host.Username(credentials[0]);
                host.Password(credentials[1]);
            });
            rabbit.ConfigureJsonSerializerOptions(MessageJson.Configure);
            rabbit.ReceiveEndpoint($"bench-assessment-opened-{Environment.ProcessId}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.PrefetchCount = 256;
                endpoint.Handler<AssessmentOpened>(context =>
                {
                    probe.openedAt.TryAdd(context.Message.ReportId, Stopwatch.GetTimestamp());
                    return Task.CompletedTask;
                });
            });
        });
        await probe.bus.StartAsync(cancellationToken);
        return probe;
    }

    public async ValueTask DisposeAsync()
    {
        if (bus is not null)
        {
            await bus.StopAsync();
        }
    }
}
