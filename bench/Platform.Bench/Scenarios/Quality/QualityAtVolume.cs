using Npgsql;
using Platform.Bench.Hosting;
using Platform.Bench.Load;

namespace Platform.Bench.Scenarios.Quality;

/// <summary>The quality service at national volume: the history loaded, the projections built from it, the answers' latency and the backlog under writes.</summary>
public sealed record QualityResult(
    int Cases,
    int Municipalities,
    int LargestMunicipalityCases,
    long Events,
    long Contributions,
    long Aggregates,
    long DatabaseMb,
    double LoadSeconds,
    double RebuildSeconds,
    IReadOnlyDictionary<string, LatencySummary> Reads,
    ProjectionBacklogResult Backlog)
{
    public double EventsRebuiltPerSecond => Events / RebuildSeconds;
}

public static class QualityAtVolume
{
    public static async Task<QualityResult> RunAsync(BenchSettings settings, BenchSubject subject, CancellationToken cancellationToken)
    {
        var platform = subject.Platform;
        var database = platform.SuperuserConnectionString("quality");
        Console.Error.WriteLine($"  quality: writing the history of {settings.QualityCases} cases in {SyntheticMunicipalities.Count} municipalities");
        var (events, loadSeconds) = await HistoryLoad.WriteAllAsync(database, settings.QualityCases, cancellationToken);
        Console.Error.WriteLine($"  quality: {events} events written in {loadSeconds:0} s; rebuilding every municipality's projections");
        var rebuildSeconds = await ProjectionRebuilds.RunAsync(platform.GatewayUrl, platform.ServiceUrl("quality"), cancellationToken);
        Console.Error.WriteLine($"  quality: rebuilt in {rebuildSeconds:0} s");
        var (contributions, aggregates, megabytes) = await CountAsync(database, cancellationToken);
        await platform.SettleAsync(cancellationToken);
        var reads = await IndicatorReads.RunAsync(settings, platform.GatewayUrl, cancellationToken);
        var backlog = await ProjectionBacklog.RunAsync(settings, platform.GatewayUrl, platform.AmqpUri, subject.Writers, cancellationToken);
        return new QualityResult(
            settings.QualityCases, SyntheticMunicipalities.Count, SyntheticMunicipalities.CasesEach(settings.QualityCases)[0],
            events, contributions, aggregates, megabytes, loadSeconds, rebuildSeconds, reads, backlog);
    }

    private static async Task<(long Contributions, long Aggregates, long Megabytes)> CountAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(cancellationToken);
        await using var count = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM indicator_contributions), (SELECT count(*) FROM indicator_aggregates), pg_database_size(current_database()) / (1024 * 1024)", connection);
        await using var reader = await count.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}
