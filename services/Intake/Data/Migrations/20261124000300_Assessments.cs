using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Intake.Data.Migrations;

[DbContext(typeof(IntakeDbContext))]
[Migration("20261124000300_Assessments")]
internal sealed class Assessments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "protection_assessments",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                report_id = table.Column<Guid>(type: "uuid", nullable: false),
                assessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                within_deadline = table.Column<bool>(type: "boolean", nullable: false),
                assessor_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                assessor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                assessor_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                circumstances = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                immediate_protection_needed = table.Column<bool>(type: "boolean", nullable: false),
                actions_taken = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_protection_assessments", x => x.id);
                table.ForeignKey("FK_protection_assessments_reports_report_id", x => x.report_id, "reports", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_protection_assessments_report_id", "protection_assessments", "report_id", unique: true);
        migrationBuilder.EnableTenantRowSecurity("protection_assessments");

        migrationBuilder.CreateTable(
            name: "reclassifications",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                report_id = table.Column<Guid>(type: "uuid", nullable: false),
                from_classification = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                to_classification = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                reclassified_by_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                reclassified_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                reclassified_by_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                reclassified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reclassifications", x => x.id);
                table.ForeignKey("FK_reclassifications_reports_report_id", x => x.report_id, "reports", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_reclassifications_report_id", "reclassifications", "report_id");
        migrationBuilder.EnableTenantRowSecurity("reclassifications");
    }
}
