using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Platform.Bench.Load;
using Platform.Contracts.Assessment;
using Platform.Contracts.Intake;
using RabbitMQ.Client;

namespace Platform.Bench.Scenarios.Quality;

/// <summary>What the quality queues held while reports were written at saturation, and how long they took to empty after.</summary>
public sealed record ProjectionBacklogResult(double WritesPerSecond, long Peak, long AtHalfTime, long AtEnd, double DrainSeconds)
{
    /// <summary>The backlog grew when it held more at the end of the writes than half-way through.</summary>
    public bool Grew => AtEnd > AtHalfTime;
}

/// <summary>
/// Reports registered at saturation through the gateway, as the write phase does, while the depth of the quality
/// queues those reports feed (<c>quality-report-registered</c>, and <c>quality-assessment-opened</c> through the
/// assessment service) is sampled by passive declares; then the time until both are empty.
/// </summary>
internal static class ProjectionBacklog
{
    private static readonly string[] Queues = [Queue(nameof(ReportRegistered)), Queue(nameof(AssessmentOpened))];
    private static readonly TimeSpan Sample = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(5);

    public static async Task<ProjectionBacklogResult> RunAsync(BenchSettings settings, string gatewayUrl, string amqpUri, IReadOnlyList<AuthenticationHeaderValue> writers, CancellationToken cancellationToken)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(amqpUri) }.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        using var client = BenchClients.Create(gatewayUrl);
        var depths = new List<(double Seconds, long Depth)>();
        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampling = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                depths.Add((clock.Elapsed.TotalSeconds, await DepthAsync(channel, cancellationToken)));
                await Task.Delay(Sample, cancellationToken);
            }
        }, cancellationToken);
        Console.Error.WriteLine("  quality: backlog while reports are written at saturation");
        var writes = await SaturationRun.RunAsync(IntakeWrites.Register(client, writers), settings.SaturationWorkers, settings.WarmUp, settings.Measure, cancellationToken);
        var writesEnded = clock.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await sampling;

        var atEnd = depths.Count > 0 ? depths[^1].Depth : 0;
        var halfTime = depths.LastOrDefault(d => d.Seconds <= writesEnded / 2).Depth;
        var drained = Stopwatch.StartNew();
        var emptyInARow = 0;
        while (emptyInARow < 3 && drained.Elapsed < DrainLimit)
        {
            emptyInARow = await DepthAsync(channel, cancellationToken) == 0 ? emptyInARow + 1 : 0;
            await Task.Delay(Sample, cancellationToken);
        }

        var drainSeconds = Math.Max(0, drained.Elapsed.TotalSeconds - 3 * Sample.TotalSeconds);
        return new ProjectionBacklogResult(writes.Throughput, depths.Count == 0 ? 0 : depths.Max(d => d.Depth), halfTime, atEnd, drainSeconds);
    }

    private static async Task<long> DepthAsync(IChannel channel, CancellationToken cancellationToken)
    {
        long depth = 0;
        foreach (var queue in Queues)
        {
            depth += (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }

        return depth;
    }

    private static string Queue(string message) => "quality-" + JsonNamingPolicy.KebabCaseLower.ConvertName(message);
}
