using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Quality.Data.Migrations;

/// <summary>Deviations (avvikelser) with their investigation and Lex Sarah escalation, under row-level security by tenant.</summary>
internal sealed partial class Deviations : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "deviations",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                case_id = table.Column<Guid>(type: "uuid", nullable: true),
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                reported_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                reporter_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                probability = table.Column<int>(type: "integer", nullable: false),
                severity = table.Column<int>(type: "integer", nullable: false),
                investigation_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                causes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                actions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                follow_up = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                investigated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                outcome_told_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                lex_sarah_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                reported_to_ivo_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                ivo_report_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                version = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_deviations", x => x.id);
            });

        migrationBuilder.CreateIndex(
            name: "ix_deviations_status",
            table: "deviations",
            columns: new[] { "tenant_id", "status", "unit" });

        migrationBuilder.EnableTenantRowSecurity("deviations");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "deviations");
    }
}
