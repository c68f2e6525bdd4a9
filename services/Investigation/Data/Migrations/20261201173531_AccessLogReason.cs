using Microsoft.EntityFrameworkCore.Migrations;

namespace Investigation.Data.Migrations;

/// <summary>The access log keeps why a case outside the caller's unit was reached.</summary>
internal sealed partial class AccessLogReason : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "reason",
            table: "access_log",
            type: "character varying(500)",
            maxLength: 500,
            nullable: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(
            name: "reason",
            table: "access_log");
    }
}
