using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Platform.EndToEndTests.Foundation;

/// <summary>
/// A schema as comparable lines (<c>table.column type null</c>, primary keys, indexes), read either
/// from an EF model or from a live database, so that a test can say which line differs.
/// </summary>
internal static class DatabaseSchema
{
    public static SortedSet<string> FromModel(IModel model)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var table in model.GetRelationalModel().Tables)
        {
            foreach (var column in table.Columns)
            {
                lines.Add($"{table.Name}.{column.Name} {column.StoreType} {(column.IsNullable ? "null" : "not null")}");
            }

            if (table.PrimaryKey is { } key)
            {
                lines.Add($"{table.Name} primary key ({string.Join(", ", key.Columns.Select(c => c.Name))})");
            }

            foreach (var index in table.Indexes)
            {
                lines.Add($"{table.Name} {(index.IsUnique ? "unique " : "")}index ({string.Join(", ", index.Columns.Select(c => c.Name))})");
            }
        }

        return lines;
    }

    public static async Task<SortedSet<string>> FromDatabaseAsync(string connectionString)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ReadAsync(connection, Columns, lines);
        await ReadAsync(connection, Indexes, lines);
        return lines;
    }

    private const string Columns = """
        SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' ' ||
               CASE WHEN a.attnotnull THEN 'not null' ELSE 'null' END
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
          AND c.relname <> '__EFMigrationsHistory'
        """;

    private const string Indexes = """
        SELECT t.relname || ' ' ||
               CASE WHEN i.indisprimary THEN 'primary key' WHEN i.indisunique THEN 'unique index' ELSE 'index' END ||
               ' (' || string_agg(a.attname, ', ' ORDER BY k.ord) || ')'
        FROM pg_index i
        JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
        CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE n.nspname = 'public' AND t.relname <> '__EFMigrationsHistory'
        GROUP BY t.relname, i.indexrelid, i.indisprimary, i.indisunique
        """;

    private static async Task ReadAsync(NpgsqlConnection connection, string sql, SortedSet<string> lines)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }
    }

    public static TDb Create<TDb>(string connectionString, Func<DbContextOptions<TDb>, TDb> factory)
        where TDb : DbContext =>
        factory(new DbContextOptionsBuilder<TDb>().UseNpgsql(connectionString).Options);
}
