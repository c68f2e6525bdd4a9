using Npgsql;

namespace Placements.Tests.Infrastructure;

/// <summary>The regional table and the outbox read and changed as the database's superuser, past the tenant isolation, for what a test must inspect or break.</summary>
internal static class RegionalRows
{
    public static async Task<List<string>> AllTextAsync(InfrastructureFixture infrastructure, string sql)
    {
        await using var connection = new NpgsqlConnection(infrastructure.ConnectionString("placements", Aspire.AppHost.Postgres.PostgresServer.Superuser));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    public static async Task<int> ExecuteAsync(InfrastructureFixture infrastructure, string sql)
    {
        await using var connection = new NpgsqlConnection(infrastructure.ConnectionString("placements", Aspire.AppHost.Postgres.PostgresServer.Superuser));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }
}
