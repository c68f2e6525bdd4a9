using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Assessment.Data.Migrations;

[DbContext(typeof(AssessmentDbContext))]
[Migration("20261124000200_MunicipalSettings")]
internal sealed class MunicipalSettings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "municipal_settings",
            columns: table => new
            {
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                reporter_feedback_days = table.Column<int>(type: "integer", nullable: false),
                changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                changed_by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                changed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                changed_by_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_municipal_settings", x => x.tenant_id));
        migrationBuilder.EnableTenantRowSecurity("municipal_settings");
    }
}
