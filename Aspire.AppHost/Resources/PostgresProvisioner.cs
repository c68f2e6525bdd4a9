using Npgsql;
using Platform.Contracts.Hosting;

namespace Aspire.AppHost.Resources;

/// <summary>
/// Per service: a table owner that runs migrations, and a runtime login that owns nothing and
/// cannot bypass row-level security. Every statement is safe to repeat on each start.
/// </summary>
internal sealed class PostgresProvisioner(PostgresResource postgres)
{
    public async Task ProvisionAsync(CancellationToken cancellationToken)
    {
        await using (var admin = await OpenAsync("postgres", cancellationToken))
        {
            foreach (var service in PlatformResources.Services)
            {
                await ProvisionServerAsync(admin, service, cancellationToken);
            }
        }

        foreach (var service in PlatformResources.Services)
        {
            await using var database = await OpenAsync(service.Name, cancellationToken);
            var (owner, app) = (Id(service.OwnerRole), Id(service.AppRole));
            await ExecuteAsync(database, $"""
                GRANT USAGE ON SCHEMA public TO {app};
                ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {app};
                ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {app};
                """, cancellationToken);
        }

        NpgsqlConnection.ClearAllPools();
    }

    private static async Task ProvisionServerAsync(NpgsqlConnection admin, ServiceResource service, CancellationToken cancellationToken)
    {
        var (db, owner, app) = (Id(service.Name), Id(service.OwnerRole), Id(service.AppRole));
        await EnsureRoleAsync(admin, service.OwnerRole, "LOGIN", cancellationToken);
        await EnsureRoleAsync(admin, service.AppRole, "LOGIN NOSUPERUSER NOBYPASSRLS", cancellationToken);
        if (!await ExistsAsync(admin, "SELECT 1 FROM pg_database WHERE datname = @name", service.Name, cancellationToken))
        {
            // CREATE DATABASE cannot run inside a DO block, so existence is checked first.
            await ExecuteAsync(admin, $"CREATE DATABASE {db} OWNER {owner}", cancellationToken);
        }

        await ExecuteAsync(admin, $"""
            REVOKE ALL ON DATABASE {db} FROM PUBLIC;
            GRANT CONNECT ON DATABASE {db} TO {app}, {owner};
            """, cancellationToken);
    }

    private static async Task EnsureRoleAsync(NpgsqlConnection admin, string role, string attributes, CancellationToken cancellationToken)
    {
        var verb = await ExistsAsync(admin, "SELECT 1 FROM pg_roles WHERE rolname = @name", role, cancellationToken) ? "ALTER" : "CREATE";
        await ExecuteAsync(admin, $"{verb} ROLE {Id(role)} {attributes}", cancellationToken);
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string sql, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<NpgsqlConnection> OpenAsync(string database, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(postgres.ConnectionString(database, PostgresResource.Superuser));
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static string Id(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
