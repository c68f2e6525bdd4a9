using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Quality.Data.Migrations;

/// <summary>
/// The yearly sums of the monthly aggregates, kept beside them, so that an answer over whole years reads a row per
/// year and split. Filled from the monthly rows already there, every municipality's at once.
/// </summary>
internal sealed partial class YearAggregates : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "indicator_year_aggregates",
            columns: table => new
            {
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                indicator = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                month = table.Column<DateOnly>(type: "date", nullable: false),
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                gender = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                age_band = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                numerator = table.Column<long>(type: "bigint", nullable: false),
                denominator = table.Column<long>(type: "bigint", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_indicator_year_aggregates", x => new { x.tenant_id, x.indicator, x.category, x.month, x.unit, x.gender, x.age_band });
            });

        migrationBuilder.EnableTenantRowSecurity("indicator_year_aggregates");
        migrationBuilder.SqlAcrossTenants(["indicator_aggregates", "indicator_year_aggregates"], """
            INSERT INTO indicator_year_aggregates (tenant_id, indicator, category, month, unit, gender, age_band, numerator, denominator)
            SELECT tenant_id, indicator, category, date_trunc('year', month)::date, unit, gender, age_band, sum(numerator), sum(denominator)
            FROM indicator_aggregates
            GROUP BY tenant_id, indicator, category, date_trunc('year', month)::date, unit, gender, age_band
            HAVING sum(numerator) <> 0 OR sum(denominator) <> 0;
            """);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "indicator_year_aggregates");
    }
}
