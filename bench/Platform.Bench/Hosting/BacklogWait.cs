using RabbitMQ.Client;

namespace Platform.Bench.Hosting;

/// <summary>
/// Waits until the assessment service has consumed everything intake published. A phase that
/// starts while the last one's events are still being consumed measures the catch-up, not its
/// own load: after a saturation phase that backlog is thousands of events.
/// </summary>
public static class BacklogWait
{
    public const string AssessmentQueue = "assessment-report-registered";

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static async Task UntilDrainedAsync(string amqpUri, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(amqpUri) };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var until = DateTime.UtcNow + Limit;
        var emptyInARow = 0;
        while (DateTime.UtcNow < until && emptyInARow < 3)
        {
            var queue = await channel.QueueDeclarePassiveAsync(AssessmentQueue, cancellationToken);
            emptyInARow = queue.MessageCount == 0 ? emptyInARow + 1 : 0;
            await Task.Delay(500, cancellationToken);
        }
    }
}
