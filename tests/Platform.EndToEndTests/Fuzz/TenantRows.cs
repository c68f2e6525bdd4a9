using Npgsql;
using Platform.Contracts.Hosting;

namespace Platform.EndToEndTests.Fuzz;

/// <summary>
/// How many rows a municipality has in every table of every service's database, read as the superuser:
/// what a refused request must leave as it found it.
/// </summary>
internal static class TenantRows
{
    public static async Task<SortedDictionary<string, long>> CountAsync(PlatformFixture platform, string tenant)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var database in PlatformResources.Services.Select(s => s.Name))
        {
            await using var connection = new NpgsqlConnection(platform.SuperuserConnectionString(database));
            await connection.OpenAsync();
            foreach (var table in await TenantTablesAsync(connection))
            {
                await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\" WHERE tenant_id = @tenant", connection);
                count.Parameters.AddWithValue("tenant", tenant);
                if ((long)(await count.ExecuteScalarAsync())! is > 0 and var rows)
                {
                    counts[$"{database}.{table}"] = rows;
                }
            }
        }

        return counts;
    }

    /// <summary>Waits until the municipality's rows stop changing and every outbox row is sent: its events have settled.</summary>
    public static async Task<SortedDictionary<string, long>> SettledAsync(PlatformFixture platform, string tenant)
    {
        var previous = await CountAsync(platform, tenant);
        return await ApiClients.EventuallyAsync(async () =>
        {
            var now = await CountAsync(platform, tenant);
            var settled = now.SequenceEqual(previous) && await UnsentAsync(platform, tenant) == 0;
            previous = now;
            return settled ? now : null;
        }, TimeSpan.FromSeconds(60));
    }

    public static string Describe(IDictionary<string, long> counts) => string.Join(", ", counts.Select(c => $"{c.Key}={c.Value}"));

    private static async Task<long> UnsentAsync(PlatformFixture platform, string tenant)
    {
        long unsent = 0;
        foreach (var database in PlatformResources.Services.Select(s => s.Name))
        {
            await using var connection = new NpgsqlConnection(platform.SuperuserConnectionString(database));
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE tenant_id = @tenant AND sent_at IS NULL AND dead_at IS NULL", connection);
            count.Parameters.AddWithValue("tenant", tenant);
            unsent += (long)(await count.ExecuteScalarAsync())!;
        }

        return unsent;
    }

    private static async Task<List<string>> TenantTablesAsync(NpgsqlConnection connection)
    {
        var tables = new List<string>();
        await using var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id' ORDER BY table_name", connection);
        await using var reader = await list.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
