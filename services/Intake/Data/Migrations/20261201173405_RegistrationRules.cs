using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Intake.Data.Migrations;

/// <summary>Registration rules (issue 12): the original class kept, a reason for a mandatory reporter's report that is not an anmälan, violence by a närstående, the municipality's cut-off, the reason for reaching another unit's case.</summary>
internal sealed partial class RegistrationRules : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "classification_reason",
            table: "reports",
            type: "character varying(2000)",
            maxLength: 2000,
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "original_classification",
            table: "reports",
            type: "character varying(40)",
            maxLength: 40,
            nullable: false,
            defaultValue: "");

        migrationBuilder.AddColumn<bool>(
            name: "violence_by_close_relative",
            table: "reports",
            type: "boolean",
            nullable: true);

        migrationBuilder.AddColumn<TimeOnly>(
            name: "protection_assessment_cut_off",
            table: "municipality_settings",
            type: "time without time zone",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "reason",
            table: "access_log",
            type: "character varying(500)",
            maxLength: 500,
            nullable: true);

        // A report's original class is the one its first reclassification started from.
        migrationBuilder.SqlAcrossTenants(["reports", "reclassifications"], """
            UPDATE reports r SET original_classification = coalesce(
              (SELECT c.from_classification FROM reclassifications c WHERE c.report_id = r.id ORDER BY c.reclassified_at LIMIT 1),
              r.classification)
            """);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(
            name: "classification_reason",
            table: "reports");

        migrationBuilder.DropColumn(
            name: "original_classification",
            table: "reports");

        migrationBuilder.DropColumn(
            name: "violence_by_close_relative",
            table: "reports");

        migrationBuilder.DropColumn(
            name: "protection_assessment_cut_off",
            table: "municipality_settings");

        migrationBuilder.DropColumn(
            name: "reason",
            table: "access_log");
    }
}
