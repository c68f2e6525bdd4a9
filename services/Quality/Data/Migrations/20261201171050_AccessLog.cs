using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Quality.Data.Migrations;

/// <summary>The access log every service keeps (DOMAIN.md §4): tenant rows only, append-only for the runtime login.</summary>
internal sealed partial class AccessLog : Migration
{
    /// <inheritdoc />
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
                operation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_access_log", x => x.id);
            });

        migrationBuilder.CreateIndex(
            name: "ix_access_log_record",
            table: "access_log",
            columns: new[] { "tenant_id", "record_id" });

        migrationBuilder.CreateIndex(
            name: "ix_access_log_user",
            table: "access_log",
            columns: new[] { "tenant_id", "user_id", "occurred_at" });

        migrationBuilder.EnableTenantRowSecurity("access_log");
        migrationBuilder.MakeAppendOnly("access_log", QualityServiceCollectionExtensions.ServiceName);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "access_log");
    }
}
