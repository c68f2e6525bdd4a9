using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Intake.Data.Migrations;

[DbContext(typeof(IntakeDbContext))]
[Migration("20261124000200_Reports")]
internal sealed class Reports : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "reports",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                case_number = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                child_id = table.Column<Guid>(type: "uuid", nullable: false),
                received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                registered_by_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                registered_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                registered_by_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                classification = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                reporter_category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                reporter_is_mandatory = table.Column<bool>(type: "boolean", nullable: false),
                reporter_requested_feedback = table.Column<bool>(type: "boolean", nullable: false),
                reporter_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                reporter_organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                reporter_contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                concern_categories = table.Column<string[]>(type: "text[]", nullable: false),
                description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                protected_identity_reported = table.Column<bool>(type: "boolean", nullable: false),
                protection_assessment_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                version = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reports", x => x.id);
                table.ForeignKey("FK_reports_children_child_id", x => x.child_id, "children", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_reports_child_id", "reports", "child_id");
        migrationBuilder.CreateIndex("IX_reports_tenant_id_case_number", "reports", ["tenant_id", "case_number"], unique: true);
        migrationBuilder.CreateIndex(
            "IX_reports_tenant_id_status_protection_assessment_due_at", "reports", ["tenant_id", "status", "protection_assessment_due_at"]);
        migrationBuilder.EnableTenantRowSecurity("reports");

        migrationBuilder.CreateTable(
            name: "case_number_counters",
            columns: table => new
            {
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                year = table.Column<int>(type: "integer", nullable: false),
                last_number = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_case_number_counters", x => new { x.tenant_id, x.year }));
        migrationBuilder.EnableTenantRowSecurity("case_number_counters");

        migrationBuilder.CreateTable(
            name: "idempotency_keys",
            columns: table => new
            {
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                request_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                report_id = table.Column<Guid>(type: "uuid", nullable: false),
                response = table.Column<string>(type: "jsonb", nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_idempotency_keys", x => new { x.tenant_id, x.key }));
        migrationBuilder.EnableTenantRowSecurity("idempotency_keys");
    }
}
