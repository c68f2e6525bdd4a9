using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Platform.BuildingBlocks.Idempotency;

/// <summary>The <c>idempotent_requests</c> table, the same in every service that keeps it.</summary>
public static class IdempotencyMigrations
{
    public static void CreateIdempotentRequestsTable(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "idempotent_requests",
            columns: table => new
            {
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                key = table.Column<string>(type: "character varying(100)", maxLength: IdempotencyKeyHeader.MaxLength, nullable: false),
                request_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                status_code = table.Column<int>(type: "integer", nullable: true),
                location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                body = table.Column<byte[]>(type: "bytea", nullable: true),
            },
            constraints: table => table.PrimaryKey(IdempotencyKeyFilter.PrimaryKey, x => new { x.tenant_id, x.key }));

        migrationBuilder.EnableTenantRowSecurity("idempotent_requests");
    }
}
