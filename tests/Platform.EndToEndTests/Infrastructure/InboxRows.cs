using Npgsql;

namespace Platform.EndToEndTests.Infrastructure;

/// <summary>
/// Rows of a municipality in a table every service has (<c>inbox_messages</c>), written straight
/// to the database, for tests of who may see them.
/// </summary>
public static class InboxRows
{
    public static async Task InsertAsync(NpgsqlConnection connection, string tenant)
    {
        await using var insert = new NpgsqlCommand(
            "INSERT INTO inbox_messages (message_id, consumer, tenant_id, processed_at) VALUES (@id, 'tenancy-test', @tenant, now())", connection);
        insert.Parameters.AddWithValue("id", Guid.NewGuid());
        insert.Parameters.AddWithValue("tenant", tenant);
        await insert.ExecuteNonQueryAsync();
    }
}
