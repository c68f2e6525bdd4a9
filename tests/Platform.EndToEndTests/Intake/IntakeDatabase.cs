using Npgsql;

namespace Platform.EndToEndTests.Intake;

/// <summary>Direct reads of the intake database, as its superuser, to see what is really stored.</summary>
internal static class IntakeDatabase
{
    public static async Task<long> CountAsync(PlatformFixture platform, string table, string tenant)
    {
        await using var connection = await OpenAsync(platform);
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE tenant_id = @tenant", connection);
        command.Parameters.AddWithValue("tenant", tenant);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Every row of every table of a municipality, as text (bytea as hex and as raw bytes read as text).</summary>
    public static async Task<string> DumpAsync(PlatformFixture platform, string tenant)
    {
        await using var connection = await OpenAsync(platform);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var select = new NpgsqlCommand($"SELECT * FROM \"{table}\" WHERE tenant_id = @tenant", connection);
            select.Parameters.AddWithValue("tenant", tenant);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    dump.Append(table).Append('.').Append(reader.GetName(i)).Append('=')
                        .Append(value is byte[] bytes ? Convert.ToHexString(bytes) + "|" + System.Text.Encoding.Latin1.GetString(bytes) : value is Array array ? string.Join(",", array.Cast<object>()) : value)
                        .AppendLine();
                }
            }
        }

        return dump.ToString();
    }

    private static async Task<NpgsqlConnection> OpenAsync(PlatformFixture platform)
    {
        var connection = new NpgsqlConnection(platform.SuperuserConnectionString("intake"));
        await connection.OpenAsync();
        return connection;
    }
}
