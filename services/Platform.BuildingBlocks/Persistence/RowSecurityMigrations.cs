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

    /// <summary>
    /// Runs a data change over every tenant's rows of a table with forced row-level security: the
    /// owner is exempt only while the table's security is not forced, and it is forced again after,
    /// in the migration's own transaction. Without this an update in a migration silently changes nothing.
    /// </summary>
    public static void SqlAcrossTenants(this MigrationBuilder migrationBuilder, string table, string sql) =>
        migrationBuilder.SqlAcrossTenants([table], sql);

    /// <summary>The same, where the change reads or writes several tables with forced row-level security.</summary>
    public static void SqlAcrossTenants(this MigrationBuilder migrationBuilder, IReadOnlyList<string> tables, string sql)
    {
        foreach (var table in tables)
        {
            migrationBuilder.Sql($"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY;");
        }

        migrationBuilder.Sql(sql);
        foreach (var table in tables)
        {
            migrationBuilder.Sql($"ALTER TABLE {table} FORCE ROW LEVEL SECURITY;");
        }
    }
}
