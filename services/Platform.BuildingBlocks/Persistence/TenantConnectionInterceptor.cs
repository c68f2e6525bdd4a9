using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// Sets <c>app.tenant</c>, which the row-level-security policies compare with, each time a context
/// takes a connection from the pool. The pool discards session state when the connection goes back
/// (Npgsql's reset on close), so the setting lives exactly as long as this context's lease; a
/// command that somehow runs without it sees no rows at all.
/// </summary>
internal sealed class TenantConnectionInterceptor : DbConnectionInterceptor
{
    private const string SetTenant = "SELECT set_config('app.tenant', @tenant, false)";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection, eventData);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection, eventData);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand CreateCommand(DbConnection connection, ConnectionEndEventData eventData)
    {
        var command = connection.CreateCommand();
        command.CommandText = SetTenant;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "tenant";
        parameter.Value = (eventData.Context as ServiceDbContext)?.CurrentTenantId ?? string.Empty;
        command.Parameters.Add(parameter);
        return command;
    }
}
