using Microsoft.EntityFrameworkCore.Migrations;

namespace Quality.Data.Migrations;

/// <summary>
/// No index led by the tenant alone where a lookup has a key of its own. A rebuild fills a municipality's rows in
/// one transaction that the statistics do not see, and the planner took the (tenant, child) index for an update
/// by id, reading every row of the municipality for each update. A child's and a placement's cases are found by
/// their own ids; a municipality's cases are paged by (tenant, id) and its events replayed by (tenant, sequence).
/// </summary>
internal sealed partial class IndexesNotLedByTenantAlone : Migration
{
    private static readonly string[] Facts = ["report_facts", "assessment_facts", "investigation_facts", "intervention_facts", "placement_facts"];

    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Facts)
        {
            migrationBuilder.DropIndex(name: $"ix_{table}_child", table: table);
            migrationBuilder.CreateIndex(name: $"ix_{table}_child", table: table, column: "child_id");
            migrationBuilder.CreateIndex(name: $"ix_{table}_tenant_case", table: table, columns: ["tenant_id", "id"]);
        }

        migrationBuilder.DropIndex(name: "ix_placement_facts_placement", table: "placement_facts");
        migrationBuilder.CreateIndex(name: "ix_placement_facts_placement", table: "placement_facts", column: "placement_id");
        migrationBuilder.DropIndex(name: "ix_indicator_contributions_case", table: "indicator_contributions");
        migrationBuilder.CreateIndex(name: "ix_indicator_contributions_case", table: "indicator_contributions", columns: ["case_id", "subject"]);
        migrationBuilder.CreateIndex(name: "ix_received_events_replay", table: "received_events", columns: ["tenant_id", "sequence"]);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "ix_received_events_replay", table: "received_events");
        migrationBuilder.DropIndex(name: "ix_indicator_contributions_case", table: "indicator_contributions");
        migrationBuilder.CreateIndex(name: "ix_indicator_contributions_case", table: "indicator_contributions", columns: ["tenant_id", "subject", "case_id"]);
        migrationBuilder.DropIndex(name: "ix_placement_facts_placement", table: "placement_facts");
        migrationBuilder.CreateIndex(name: "ix_placement_facts_placement", table: "placement_facts", columns: ["tenant_id", "placement_id"]);
        foreach (var table in Facts)
        {
            migrationBuilder.DropIndex(name: $"ix_{table}_tenant_case", table: table);
            migrationBuilder.DropIndex(name: $"ix_{table}_child", table: table);
            migrationBuilder.CreateIndex(name: $"ix_{table}_child", table: table, columns: ["tenant_id", "child_id"]);
        }
    }
}
