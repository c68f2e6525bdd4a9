using Npgsql;
using Platform.Contracts.Hosting;

namespace Platform.EndToEndTests.Foundation;

/// <summary>Row-level security holds underneath the query filters, for the service's own login.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RowLevelSecurityTests(PlatformFixture platform)
{
    public static TheoryData<string> Services => [.. PlatformResources.Services.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Given_rows_of_two_municipalities_When_one_reads_with_raw_sql_Then_it_sees_only_its_own(string service)
    {
        // Arrange
        var (a, b) = (Municipalities.Next(), Municipalities.Next());
        await using var connection = await OpenAsAppAsync(service);
        await InsertInboxRowAsync(connection, a);
        await InsertInboxRowAsync(connection, b);

        // Act
        await SetTenantAsync(connection, a);
        var visible = await TenantsVisibleAsync(connection, a, b);

        // Assert
        Assert.Equal([a], visible);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Given_no_tenant_setting_When_reading_Then_no_row_is_visible(string service)
    {
        // Arrange
        var a = Municipalities.Next();
        await using var connection = await OpenAsAppAsync(service);
        await InsertInboxRowAsync(connection, a);

        // Act
        await SetTenantAsync(connection, string.Empty);
        var visible = await TenantsVisibleAsync(connection, a);

        // Assert
        Assert.Empty(visible);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Given_tenant_a_When_writing_a_row_of_tenant_b_Then_the_database_refuses(string service)
    {
        // Arrange
        var (a, b) = (Municipalities.Next(), Municipalities.Next());
        await using var connection = await OpenAsAppAsync(service);
        await SetTenantAsync(connection, a);

        // Act
        var error = await Assert.ThrowsAsync<PostgresException>(() => InboxRows.InsertAsync(connection, b));

        // Assert
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    private async Task<NpgsqlConnection> OpenAsAppAsync(string service)
    {
        var role = PlatformResources.Service(service).AppRole;
        var connection = new NpgsqlConnection(platform.ConnectionString(service, role));
        await connection.OpenAsync();
        return connection;
    }

    private static async Task InsertInboxRowAsync(NpgsqlConnection connection, string tenant)
    {
        await SetTenantAsync(connection, tenant);
        await InboxRows.InsertAsync(connection, tenant);
    }

    private static async Task SetTenantAsync(NpgsqlConnection connection, string tenant)
    {
        await using var set = new NpgsqlCommand("SELECT set_config('app.tenant', @tenant, false)", connection);
        set.Parameters.AddWithValue("tenant", tenant);
        await set.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> TenantsVisibleAsync(NpgsqlConnection connection, params string[] tenants)
    {
        await using var select = new NpgsqlCommand(
            "SELECT DISTINCT tenant_id FROM inbox_messages WHERE tenant_id = ANY(@tenants) ORDER BY tenant_id", connection);
        select.Parameters.AddWithValue("tenants", tenants);
        var visible = new List<string>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            visible.Add(reader.GetString(0));
        }

        return visible;
    }
}
