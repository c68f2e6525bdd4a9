using Microsoft.EntityFrameworkCore.Migrations;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>Row-level security for hand-written migrations.</summary>
public static class RowSecurityMigrations
{
    /// <summary>
    /// Forces row-level security on a table with a <c>tenant_id</c> column: rows are visible and
    /// writable only while <c>app.tenant</c> names their tenant, for every role including the owner.
    /// </summary>
    public static void EnableTenantRowSecurity(this MigrationBuilder migrationBuilder, string table) =>
        migrationBuilder.EnableRowSecurity(table, "tenant_id = current_setting('app.tenant', true)");

    /// <summary>Forces row-level security on a table with the given policy predicate, for every role including the owner.</summary>
    public static void EnableRowSecurity(this MigrationBuilder migrationBuilder, string table, string predicate)
    {
        migrationBuilder.Sql($"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;");
        migrationBuilder.Sql($"ALTER TABLE {table} FORCE ROW LEVEL SECURITY;");
        migrationBuilder.Sql($"CREATE POLICY tenant_isolation ON {table} USING ({predicate}) WITH CHECK ({predicate});");
    }
}
