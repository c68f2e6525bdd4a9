using Microsoft.EntityFrameworkCore.Migrations;
using Platform.ServiceDefaults.Tenancy;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>Row-level security for hand-written migrations.</summary>
public static class RowSecurityMigrations
{
    /// <summary>
    /// Forces row-level security on a table with a <c>tenant_id</c> column: rows are visible and
    /// writable only while <c>app.tenant</c> names their tenant, for every role including the owner.
    /// </summary>
    public static void EnableTenantRowSecurity(this MigrationBuilder migrationBuilder, string table) =>
        Enable(migrationBuilder, table, "tenant_id = current_setting('app.tenant', true)");

    /// <summary>
    /// The same for the outbox and inbox, which the relay must also read across tenants under the
    /// messaging system scope; no domain table accepts that scope.
    /// </summary>
    public static void EnableMessagingRowSecurity(this MigrationBuilder migrationBuilder, string table) =>
        Enable(migrationBuilder, table,
            $"tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '{TenantContext.MessagingSystemScope}'");

    private static void Enable(MigrationBuilder migrationBuilder, string table, string predicate)
    {
        migrationBuilder.Sql($"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;");
        migrationBuilder.Sql($"ALTER TABLE {table} FORCE ROW LEVEL SECURITY;");
        migrationBuilder.Sql($"CREATE POLICY tenant_isolation ON {table} USING ({predicate}) WITH CHECK ({predicate});");
    }
}
