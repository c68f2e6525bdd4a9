using Microsoft.EntityFrameworkCore.Migrations;

namespace Assessment.Data.Migrations;

/// <summary>The access log comes from the building blocks: the route of each operation, and an index to search by person and period.</summary>
internal sealed partial class AccessLogFromBuildingBlocks : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AlterColumn<string>(
            name: "user_id",
            table: "access_log",
            type: "character varying(200)",
            maxLength: 200,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(100)",
            oldMaxLength: 100);

        migrationBuilder.AlterColumn<string>(
            name: "operation",
            table: "access_log",
            type: "character varying(200)",
            maxLength: 200,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(120)",
            oldMaxLength: 120);

        migrationBuilder.CreateIndex(
            name: "ix_access_log_user",
            table: "access_log",
            columns: new[] { "tenant_id", "user_id", "occurred_at" });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "ix_access_log_user",
            table: "access_log");

        migrationBuilder.AlterColumn<string>(
            name: "user_id",
            table: "access_log",
            type: "character varying(100)",
            maxLength: 100,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(200)",
            oldMaxLength: 200);

        migrationBuilder.AlterColumn<string>(
            name: "operation",
            table: "access_log",
            type: "character varying(120)",
            maxLength: 120,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(200)",
            oldMaxLength: 200);
    }
}
