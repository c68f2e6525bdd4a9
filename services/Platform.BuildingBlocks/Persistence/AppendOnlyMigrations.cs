using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Contracts.Hosting;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>Table privileges for hand-written migrations.</summary>
public static class AppendOnlyMigrations
{
    /// <summary>
    /// Takes UPDATE, DELETE and TRUNCATE on <paramref name="table"/> from the service's runtime
    /// login, which keeps SELECT and INSERT: the service may add rows, never change or remove them.
    /// Skipped where the login does not exist (a database migrated without the provisioned roles).
    /// </summary>
    public static void MakeAppendOnly(this MigrationBuilder migrationBuilder, string table, string service)
    {
        var app = PlatformResources.Service(service).AppRole;
        migrationBuilder.Sql($"""
            DO $$ BEGIN
              IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{app}') THEN
                REVOKE UPDATE, DELETE, TRUNCATE ON {table} FROM "{app}";
              END IF;
            END $$;
            """);
    }
}
