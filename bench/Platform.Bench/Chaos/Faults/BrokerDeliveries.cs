using Aspire.AppHost.RabbitMq;

namespace Platform.Bench.Chaos.Faults;

/// <summary>
/// Deliveries and redeliveries the broker counted over the run. Its counters restart from zero with
/// the node, so they are added up before each kill of the broker and once at the end.
/// </summary>
internal sealed class BrokerDeliveries(RabbitMqManagement broker)
{
    public long Delivered { get; private set; }

    public long Redelivered { get; private set; }

    public async Task AddSinceNodeStartAsync(CancellationToken cancellationToken)
    {
        var (delivered, redelivered) = await broker.DeliveriesAsync(cancellationToken);
        Delivered += delivered;
        Redelivered += redelivered;
    }
}
