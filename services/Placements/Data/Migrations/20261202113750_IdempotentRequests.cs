using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Idempotency;

namespace Placements.Data.Migrations;

/// <summary>Keyed writes and their answers, so a retried POST is carried out once (ADR 22).</summary>
internal sealed partial class IdempotentRequests : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateIdempotentRequestsTable();

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "idempotent_requests");
}
