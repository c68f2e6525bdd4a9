using Microsoft.EntityFrameworkCore.Migrations;

namespace Quality.Data.Migrations;

/// <summary>
/// The outbox stores each message in its MassTransit envelope and the relay sends it as stored (ADR 3):
/// <c>body</c> becomes <c>json</c>, which keeps the text as written, and <c>content_type</c> marks an
/// envelope. Rows written before hold the bare message and no content type; the relay wraps them once.
/// </summary>
internal sealed partial class OutboxStoresEnvelopes : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AlterColumn<string>(
            name: "body",
            table: "outbox_messages",
            type: "json",
            nullable: false,
            oldClrType: typeof(string),
            oldType: "jsonb");

        migrationBuilder.AddColumn<string>(
            name: "content_type",
            table: "outbox_messages",
            type: "character varying(100)",
            maxLength: 100,
            nullable: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // Pending envelopes stay envelopes: send them before going back to a relay that expects bare messages.
        migrationBuilder.DropColumn(
            name: "content_type",
            table: "outbox_messages");

        migrationBuilder.AlterColumn<string>(
            name: "body",
            table: "outbox_messages",
            type: "jsonb",
            nullable: false,
            oldClrType: typeof(string),
            oldType: "json");
    }
}
