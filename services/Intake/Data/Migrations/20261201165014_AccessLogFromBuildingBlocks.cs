using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Intake.Data.Migrations;

/// <summary>The access log comes from the building blocks: the route of each operation, and an index to search by person and period.</summary>
internal sealed partial class AccessLogFromBuildingBlocks : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.RenameIndex(
            name: "IX_access_log_tenant_id_record_id",
            table: "access_log",
            newName: "ix_access_log_record");

        migrationBuilder.AddColumn<string>(
            name: "operation",
            table: "access_log",
            type: "character varying(200)",
            maxLength: 200,
            nullable: false,
            defaultValue: "");

        migrationBuilder.CreateIndex(
            name: "ix_access_log_user",
            table: "access_log",
            columns: new[] { "tenant_id", "user_id", "occurred_at" });

        // The shared log knows read, list and write; what a write was is the operation, so the
        // old create and update are kept there rather than lost.
        migrationBuilder.SqlAcrossTenants("access_log", "UPDATE access_log SET operation = action, action = 'write' WHERE action IN ('create', 'update');");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.SqlAcrossTenants("access_log", "UPDATE access_log SET action = CASE WHEN operation IN ('create', 'update') THEN operation ELSE 'update' END WHERE action = 'write';");

        migrationBuilder.DropIndex(
            name: "ix_access_log_user",
            table: "access_log");

        migrationBuilder.DropColumn(
            name: "operation",
            table: "access_log");

        migrationBuilder.RenameIndex(
            name: "ix_access_log_record",
            table: "access_log",
            newName: "IX_access_log_tenant_id_record_id");
    }
}
