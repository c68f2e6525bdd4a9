using Microsoft.EntityFrameworkCore.Migrations;

namespace Investigation.Data.Migrations;

/// <summary>The access log keeps the reason a user stated for a record outside their own unit; such an entry is flagged in the log review.</summary>
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
