using Microsoft.EntityFrameworkCore.Migrations;

namespace Quality.Data.Migrations;

/// <summary>
/// The days a placement's review, visit and custody-transfer consideration were done, and when a favourable
/// decision was made: what the overdue indicators count from (ADR 18). Facts from before are filled by a rebuild.
/// </summary>
internal sealed partial class IndicatorDuties : Migration
{
    private static readonly string[] DutyColumns = ["reviewed_on", "visited_on", "custody_considered_on"];

    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var column in DutyColumns)
        {
            migrationBuilder.AddColumn<List<DateOnly>>(name: column, table: "placement_facts", type: "date[]", nullable: false, defaultValueSql: "'{}'");
        }

        migrationBuilder.AddColumn<DateTimeOffset>(name: "decided_at", table: "intervention_facts", type: "timestamp with time zone", nullable: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var column in DutyColumns)
        {
            migrationBuilder.DropColumn(name: column, table: "placement_facts");
        }

        migrationBuilder.DropColumn(name: "decided_at", table: "intervention_facts");
    }
}
