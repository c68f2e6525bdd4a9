using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Intake.Data.Migrations;

[DbContext(typeof(IntakeDbContext))]
[Migration("20261124000400_AccessLog")]
internal sealed class AccessLog : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "access_log",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                user_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                user_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                record_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                record_id = table.Column<Guid>(type: "uuid", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_access_log", x => x.id));
        migrationBuilder.CreateIndex("IX_access_log_tenant_id_record_id", "access_log", ["tenant_id", "record_id"]);
        migrationBuilder.EnableTenantRowSecurity("access_log");

        // The log is evidence for loggkontroll: the service may add to it, never change or remove it.
        migrationBuilder.MakeAppendOnly("access_log", IntakeServiceCollectionExtensions.ServiceName);

        migrationBuilder.CreateTable(
            name: "municipality_settings",
            columns: table => new
            {
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                protected_identity_roles = table.Column<string[]>(type: "text[]", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                updated_by_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_municipality_settings", x => x.tenant_id));
        migrationBuilder.EnableTenantRowSecurity("municipality_settings");
    }
}
