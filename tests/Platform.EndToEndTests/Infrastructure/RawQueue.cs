using RabbitMQ.Client;

namespace Platform.EndToEndTests.Infrastructure;

/// <summary>
/// A queue of the test's own (server-named, exclusive), bound to an exchange with RabbitMQ.Client:
/// it shows a message as the broker holds it, bytes and properties, with no MassTransit in between.
/// </summary>
public sealed class RawQueue : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;

    private RawQueue(IConnection connection, IChannel channel, string queue) => (_connection, _channel, _queue) = (connection, channel, queue);

    public static async Task<RawQueue> BindAsync(PlatformFixture platform, string exchange)
    {
        var broker = new Uri(platform.AmqpUri);
        var factory = new ConnectionFactory { HostName = broker.Host, Port = broker.Port, UserName = "platform", Password = "platform" };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var declared = await channel.QueueDeclareAsync(string.Empty, durable: false, exclusive: true, autoDelete: true);
        await channel.QueueBindAsync(declared.QueueName, exchange, routingKey: string.Empty);
        return new RawQueue(connection, channel, declared.QueueName);
    }

    /// <summary>Waits for the message with the id (AMQP <c>message_id</c>); others are taken off and dropped.</summary>
    public Task<RawMessage> WaitForAsync(Guid messageId) => ApiClients.EventuallyAsync(async () =>
    {
        while (await _channel.BasicGetAsync(_queue, autoAck: true) is { } got)
        {
            if (got.BasicProperties.MessageId == messageId.ToString())
            {
                return new RawMessage(got.Body.ToArray(), got.BasicProperties.ContentType);
            }
        }

        return null;
    });

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}

/// <summary>A message as the broker delivered it.</summary>
public sealed record RawMessage(byte[] Body, string? ContentType);
