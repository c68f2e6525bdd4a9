using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Gateway.Operations;

/// <summary>
/// Reads and moves parked messages over AMQP, one connection per request (operators call rarely). A message
/// taken and not acknowledged goes back to its place in the queue when the channel closes, so a peek or a
/// replay that stops half-way, or a gateway that dies, leaves every message where it was.
/// </summary>
internal sealed class ErrorQueueBroker(BrokerSettings settings)
{
    private readonly ConnectionFactory _factory = settings.ConnectionFactory();

    /// <summary>Up to <paramref name="take"/> messages from the head of the queue, left in place; null when there is no such queue.</summary>
    public async Task<IReadOnlyList<ParkedMessage>?> PeekAsync(string queue, int take, CancellationToken cancellationToken)
    {
        await using var connection = await _factory.CreateConnectionAsync(cancellationToken);
        if (await ReadyCountAsync(connection, queue, cancellationToken) is not { } ready)
        {
            return null;
        }

        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var messages = new List<ParkedMessage>();
        while (messages.Count < Math.Min(take, ready) && await channel.BasicGetAsync(queue, autoAck: false, cancellationToken) is { } got)
        {
            messages.Add(ParkedMessageReader.Read(got));
        }

        return messages;
    }

    /// <summary>
    /// Moves the chosen messages back to <paramref name="origin"/> without the fault's headers; how many moved,
    /// or null when either queue is missing. Each is published with a publisher confirm before its parked copy is
    /// acknowledged: a failure in between leaves both, and the consumer's inbox makes the duplicate harmless (ADR 3).
    /// </summary>
    public async Task<int?> ReplayAsync(string queue, string origin, Func<string?, bool> chosen, CancellationToken cancellationToken)
    {
        await using var connection = await _factory.CreateConnectionAsync(cancellationToken);
        if (await ReadyCountAsync(connection, queue, cancellationToken) is not { } ready
            || await ReadyCountAsync(connection, origin, cancellationToken) is null)
        {
            return null;
        }

        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var moved = 0;
        // Only the messages there at the start: one that fails again and is parked anew is not taken twice.
        for (var taken = 0; taken < ready && await channel.BasicGetAsync(queue, autoAck: false, cancellationToken) is { } got; taken++)
        {
            if (!chosen(got.BasicProperties.MessageId))
            {
                continue;
            }

            // Mandatory and confirmed: returns once the broker holds the copy in the queue, throws if it could not.
            await channel.BasicPublishAsync(string.Empty, origin, mandatory: true, FaultHeaders.Without(got.BasicProperties), got.Body, cancellationToken);
            await channel.BasicAckAsync(got.DeliveryTag, multiple: false, CancellationToken.None);
            moved++;
        }

        return moved;
    }

    /// <summary>Messages ready in the queue, or null when it does not exist (asked on a channel of its own, which a miss closes).</summary>
    private static async Task<uint?> ReadyCountAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        await using var probe = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await probe.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == Constants.NotFound)
        {
            return null;
        }
    }
}
