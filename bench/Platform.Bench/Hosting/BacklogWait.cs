using Npgsql;
using RabbitMQ.Client;

namespace Platform.Bench.Hosting;

/// <summary>
/// Waits until the assessment service has consumed everything intake accepted. A phase that
/// starts while the last one's events are still on their way measures the catch-up, not its own
/// load: after a saturation phase that backlog is thousands of events. The backlog is both what
/// intake's outbox has not yet published and what the assessment queue still holds: an empty
/// queue alone says nothing while the relay is behind.
/// </summary>
public static class BacklogWait
{
    public const string AssessmentQueue = "assessment-report-registered";

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static async Task UntilDrainedAsync(string amqpUri, string intakeConnectionString, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(amqpUri) };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await using var intake = new NpgsqlConnection(intakeConnectionString);
        await intake.OpenAsync(cancellationToken);
        await using var unsent = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL", intake);
        var until = DateTime.UtcNow + Limit;
        var emptyInARow = 0;
        while (DateTime.UtcNow < until && emptyInARow < 3)
        {
            var queue = await channel.QueueDeclarePassiveAsync(AssessmentQueue, cancellationToken);
            var outbox = (long)(await unsent.ExecuteScalarAsync(cancellationToken))!;
            emptyInARow = queue.MessageCount == 0 && outbox == 0 ? emptyInARow + 1 : 0;
            await Task.Delay(500, cancellationToken);
        }
    }
}
