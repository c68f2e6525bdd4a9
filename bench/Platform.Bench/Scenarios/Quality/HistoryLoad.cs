using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Platform.BuildingBlocks.Messaging;
using Platform.Contracts;

namespace Platform.Bench.Scenarios.Quality;

/// <summary>
/// Writes synthetic municipalities' event history as the quality service keeps it (its received events, in
/// the order they happened), by binary COPY: what the consumers would have stored had the events come live.
/// </summary>
internal static class HistoryLoad
{
    public static async Task<long> WriteAsync(string connectionString, string tenant, int cases, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var events = new List<IIntegrationEvent>(cases * 6);
        for (var i = 0; i < cases; i++)
        {
            new SyntheticCase(tenant, random, events).Write();
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var receivedAt = DateTimeOffset.UtcNow;
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY received_events (tenant_id, event_id, event_type, occurred_at, received_at, body) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var message in events.OrderBy(e => e.OccurredAt))
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(tenant, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(message.EventId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(message.GetType().Name, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(message.OccurredAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(receivedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(JsonSerializer.Serialize(message, message.GetType(), MessageJson.Options), NpgsqlDbType.Jsonb, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
        return events.Count;
    }

    /// <summary>Every municipality's history, two at a time (the machine's cores), and the seconds it took.</summary>
    public static async Task<(long Events, double Seconds)> WriteAllAsync(string connectionString, int totalCases, CancellationToken cancellationToken)
    {
        var each = SyntheticMunicipalities.CasesEach(totalCases);
        var clock = Stopwatch.StartNew();
        long written = 0;
        await Parallel.ForAsync(0, each.Length, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, async (rank, token) =>
            Interlocked.Add(ref written, await WriteAsync(connectionString, SyntheticMunicipalities.Code(rank), each[rank], rank, token)));
        return (written, clock.Elapsed.TotalSeconds);
    }
}
