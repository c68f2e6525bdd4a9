using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Tenancy;

namespace Platform.BuildingBlocks.Messaging;

/// <summary>Creates the outbox and inbox tables in a service's first migration.</summary>
public static class MessagingMigrations
{
    /// <summary>Creates <c>outbox_messages</c> and <c>inbox_messages</c> with row-level security.</summary>
    public static void CreateOutboxAndInbox(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "outbox_messages",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                message_id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                body = table.Column<string>(type: "jsonb", nullable: false),
                destination = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                redelivery = table.Column<int>(type: "integer", nullable: false),
                trace_parent = table.Column<string>(type: "character varying(55)", maxLength: 55, nullable: true),
                trace_state = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                not_before = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                attempts = table.Column<int>(type: "integer", nullable: false),
                last_error = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_outbox_messages", x => x.id));
        migrationBuilder.CreateIndex(
            name: "IX_outbox_messages_not_before_id",
            table: "outbox_messages",
            columns: ["not_before", "id"],
            filter: "sent_at IS NULL");
        migrationBuilder.EnableMessagingRowSecurity("outbox_messages");

        migrationBuilder.CreateTable(
            name: "inbox_messages",
            columns: table => new
            {
                message_id = table.Column<Guid>(type: "uuid", nullable: false),
                consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_inbox_messages", x => new { x.message_id, x.consumer }));
        migrationBuilder.EnableMessagingRowSecurity("inbox_messages");
    }

    /// <summary>
    /// Tenant row-level security for the outbox and inbox, which the relay must also read across
    /// tenants under the messaging system scope; no domain table accepts that scope.
    /// </summary>
    public static void EnableMessagingRowSecurity(this MigrationBuilder migrationBuilder, string table) =>
        migrationBuilder.EnableRowSecurity(table,
            $"tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '{TenantContext.MessagingSystemScope}'");
}
