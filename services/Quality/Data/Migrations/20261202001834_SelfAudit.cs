using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Quality.Data.Migrations;

/// <summary>The self-audit: what its checklist projects from events, the yearly samples with their seeds, and the reviewers' answers, under row-level security by tenant.</summary>
internal sealed partial class SelfAudit : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "self_audit_assessment_extensions",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                was_extended = table.Column<bool>(type: "boolean", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_self_audit_assessment_extensions", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "self_audit_investigations",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                assessment_id = table.Column<Guid>(type: "uuid", nullable: true),
                report_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_self_audit_investigations", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "self_audit_reviewer_answers",
            columns: table => new
            {
                case_id = table.Column<Guid>(type: "uuid", nullable: false),
                item = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                answer = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                answered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_self_audit_reviewer_answers", x => new { x.case_id, x.item });
            });

        migrationBuilder.CreateTable(
            name: "self_audit_samples",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                year = table.Column<int>(type: "integer", nullable: false),
                seed = table.Column<int>(type: "integer", nullable: false),
                population = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                population_strata = table.Column<List<string>>(type: "text[]", nullable: false),
                case_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                drawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                drawn_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_self_audit_samples", x => x.id);
            });

        migrationBuilder.CreateIndex(
            name: "ix_self_audit_samples_unit_year",
            table: "self_audit_samples",
            columns: new[] { "tenant_id", "unit", "year" });

        migrationBuilder.EnableTenantRowSecurity("self_audit_assessment_extensions");
        migrationBuilder.EnableTenantRowSecurity("self_audit_investigations");
        migrationBuilder.EnableTenantRowSecurity("self_audit_reviewer_answers");
        migrationBuilder.EnableTenantRowSecurity("self_audit_samples");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "self_audit_assessment_extensions");

        migrationBuilder.DropTable(
            name: "self_audit_investigations");

        migrationBuilder.DropTable(
            name: "self_audit_reviewer_answers");

        migrationBuilder.DropTable(
            name: "self_audit_samples");
    }
}
