using Microsoft.EntityFrameworkCore.Migrations;

namespace Placements.Data.Migrations;

/// <summary>Dead outbox rows (<c>dead_at</c>), and an index for the sweep of sent rows (ADR 3).</summary>
internal sealed partial class OutboxDeadRowsAndSweep : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_outbox_messages_not_before_id",
            table: "outbox_messages");

        migrationBuilder.AddColumn<DateTimeOffset>(
            name: "dead_at",
            table: "outbox_messages",
            type: "timestamp with time zone",
            nullable: true);

        migrationBuilder.CreateIndex(
            name: "IX_outbox_messages_not_before_id",
            table: "outbox_messages",
            columns: new[] { "not_before", "id" },
            filter: "sent_at IS NULL AND dead_at IS NULL");

        migrationBuilder.CreateIndex(
            name: "IX_outbox_messages_sent_at",
            table: "outbox_messages",
            column: "sent_at",
            filter: "sent_at IS NOT NULL");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_outbox_messages_not_before_id",
            table: "outbox_messages");

        migrationBuilder.DropIndex(
            name: "IX_outbox_messages_sent_at",
            table: "outbox_messages");

        migrationBuilder.DropColumn(
            name: "dead_at",
            table: "outbox_messages");

        migrationBuilder.CreateIndex(
            name: "IX_outbox_messages_not_before_id",
            table: "outbox_messages",
            columns: new[] { "not_before", "id" },
            filter: "sent_at IS NULL");
    }
}
