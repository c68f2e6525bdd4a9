using Microsoft.EntityFrameworkCore.Migrations;

namespace Quality.Data.Migrations;

/// <summary>
/// The aggregates indexed by municipality and month: an answer reads a run of months or years, and the key, whose
/// month is its fourth column, made it read every row of the municipality.
/// </summary>
internal sealed partial class AggregatesByMonth : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(name: "IX_indicator_year_aggregates_tenant_id_month", table: "indicator_year_aggregates", columns: ["tenant_id", "month"]);
        migrationBuilder.CreateIndex(name: "IX_indicator_aggregates_tenant_id_month", table: "indicator_aggregates", columns: ["tenant_id", "month"]);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_indicator_year_aggregates_tenant_id_month", table: "indicator_year_aggregates");
        migrationBuilder.DropIndex(name: "IX_indicator_aggregates_tenant_id_month", table: "indicator_aggregates");
    }
}
