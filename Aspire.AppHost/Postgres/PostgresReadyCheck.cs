using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Aspire.AppHost.Postgres;

/// <summary>
/// Ready when the server answers a query: a bare TCP check would call a server healthy that failed
/// to start because another one holds the port.
/// </summary>
internal sealed class PostgresReadyCheck(string connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // No pool: a probe must not leave idle superuser connections behind.
            await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
            await connection.OpenAsync(cancellationToken);
            await using var query = new NpgsqlCommand("SELECT 1", connection);
            await query.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
