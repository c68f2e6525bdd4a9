using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Assessment.Data.Migrations;

[DbContext(typeof(AssessmentDbContext))]
[Migration("20261124000300_AccessLog")]
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
                user_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                user_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                record_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                record_id = table.Column<Guid>(type: "uuid", nullable: false),
                operation = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_access_log", x => x.id));
        migrationBuilder.CreateIndex("ix_access_log_record", "access_log", ["tenant_id", "record_id"]);
        migrationBuilder.EnableTenantRowSecurity("access_log");
    }
}
