using Npgsql;
using Platform.Bench.Chaos.Flow;
using Platform.Bench.Hosting;

namespace Platform.Bench.Chaos.Ledger;

/// <summary>Reads each service's database as the superuser and holds it against what the gateway accepted.</summary>
internal static class LedgerReader
{
    public static async Task<IReadOnlyList<LedgerLine>> ReadAsync(BenchPlatform platform, IReadOnlyCollection<CaseRecord> records, CancellationToken cancellationToken)
    {
        var lines = new List<LedgerLine>();
        foreach (var check in LedgerCheck.All)
        {
            await using var connection = new NpgsqlConnection(platform.SuperuserConnectionString(check.Service));
            await connection.OpenAsync(cancellationToken);
            var keys = new List<Guid>();
            await using (var command = new NpgsqlCommand(check.Sql, connection))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    keys.Add(reader.GetGuid(0));
                }
            }

            var distinct = keys.ToHashSet();
            var expected = check.Expected is null ? distinct : records.Select(check.Expected).OfType<Guid>().ToHashSet();
            var found = expected.Count(distinct.Contains);
            long doubled = keys.Count - distinct.Count;
            if (check.DoublesSql is not null)
            {
                await using var doubles = new NpgsqlCommand(check.DoublesSql, connection);
                doubled += (long)(await doubles.ExecuteScalarAsync(cancellationToken))!;
            }

            lines.Add(new LedgerLine(check.Service, check.What, expected.Count, found, expected.Count - found, doubled));
        }

        return lines;
    }
}
