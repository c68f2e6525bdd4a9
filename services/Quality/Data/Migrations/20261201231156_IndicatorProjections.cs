using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Quality.Data.Migrations;

/// <summary>
/// The received events (append-only), the per-case facts, the contributions and the aggregates of the indicator
/// projections (ADR 18), each under row-level security by tenant.
/// </summary>
internal sealed partial class IndicatorProjections : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "assessment_facts",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                child_id = table.Column<Guid>(type: "uuid", nullable: false),
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                is_statutory = table.Column<bool>(type: "boolean", nullable: false),
                within_statutory_deadline = table.Column<bool>(type: "boolean", nullable: false),
                delegation_valid = table.Column<bool>(type: "boolean", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_assessment_facts", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "child_facts",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                gender = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                birth_year_month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_child_facts", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "indicator_aggregates",
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
                denominator = table.Column<long>(type: "bigint", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_indicator_aggregates", x => new { x.tenant_id, x.indicator, x.category, x.month, x.unit, x.gender, x.age_band });
            });

        migrationBuilder.CreateTable(
            name: "indicator_contributions",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                subject = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                case_id = table.Column<Guid>(type: "uuid", nullable: false),
                indicator = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                month = table.Column<DateOnly>(type: "date", nullable: false),
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                gender = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                age_band = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                numerator = table.Column<int>(type: "integer", nullable: false),
                denominator = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_indicator_contributions", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "intervention_facts",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                child_id = table.Column<Guid>(type: "uuid", nullable: false),
                investigation_id = table.Column<Guid>(type: "uuid", nullable: false),
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                started_on = table.Column<DateOnly>(type: "date", nullable: true),
                started_late = table.Column<bool>(type: "boolean", nullable: false),
                ended_unexecuted_on = table.Column<DateOnly>(type: "date", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_intervention_facts", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "investigation_facts",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                child_id = table.Column<Guid>(type: "uuid", nullable: false),
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                has_violence_concern = table.Column<bool>(type: "boolean", nullable: false),
                concluded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                within_statutory_deadline = table.Column<bool>(type: "boolean", nullable: false),
                days_taken = table.Column<int>(type: "integer", nullable: false),
                first_intervention_started_on = table.Column<DateOnly>(type: "date", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_investigation_facts", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "placement_facts",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                placement_id = table.Column<Guid>(type: "uuid", nullable: true),
                child_id = table.Column<Guid>(type: "uuid", nullable: false),
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                placement_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                started_on = table.Column<DateOnly>(type: "date", nullable: true),
                ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                unplanned = table.Column<bool>(type: "boolean", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_placement_facts", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "received_events",
            columns: table => new
            {
                sequence = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                event_id = table.Column<Guid>(type: "uuid", nullable: false),
                event_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                body = table.Column<string>(type: "jsonb", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_received_events", x => x.sequence);
            });

        migrationBuilder.CreateTable(
            name: "report_facts",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                child_id = table.Column<Guid>(type: "uuid", nullable: false),
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                protection_assessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                feedback_ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                feedback_given = table.Column<bool>(type: "boolean", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_report_facts", x => x.id);
            });

        migrationBuilder.CreateIndex(
            name: "ix_assessment_facts_child",
            table: "assessment_facts",
            columns: new[] { "tenant_id", "child_id" });

        migrationBuilder.CreateIndex(
            name: "ix_indicator_contributions_case",
            table: "indicator_contributions",
            columns: new[] { "tenant_id", "subject", "case_id" });

        migrationBuilder.CreateIndex(
            name: "ix_indicator_contributions_indicator",
            table: "indicator_contributions",
            columns: new[] { "tenant_id", "indicator", "month" });

        migrationBuilder.CreateIndex(
            name: "ix_intervention_facts_child",
            table: "intervention_facts",
            columns: new[] { "tenant_id", "child_id" });

        migrationBuilder.CreateIndex(
            name: "ix_investigation_facts_child",
            table: "investigation_facts",
            columns: new[] { "tenant_id", "child_id" });

        migrationBuilder.CreateIndex(
            name: "ix_placement_facts_child",
            table: "placement_facts",
            columns: new[] { "tenant_id", "child_id" });

        migrationBuilder.CreateIndex(
            name: "ix_placement_facts_placement",
            table: "placement_facts",
            columns: new[] { "tenant_id", "placement_id" });

        migrationBuilder.CreateIndex(
            name: "ix_received_events_event",
            table: "received_events",
            columns: new[] { "tenant_id", "event_id" });

        migrationBuilder.CreateIndex(
            name: "ix_report_facts_child",
            table: "report_facts",
            columns: new[] { "tenant_id", "child_id" });

        migrationBuilder.EnableTenantRowSecurity("child_facts");
        migrationBuilder.EnableTenantRowSecurity("report_facts");
        migrationBuilder.EnableTenantRowSecurity("assessment_facts");
        migrationBuilder.EnableTenantRowSecurity("investigation_facts");
        migrationBuilder.EnableTenantRowSecurity("intervention_facts");
        migrationBuilder.EnableTenantRowSecurity("placement_facts");
        migrationBuilder.EnableTenantRowSecurity("indicator_contributions");
        migrationBuilder.EnableTenantRowSecurity("indicator_aggregates");
        migrationBuilder.EnableTenantRowSecurity("received_events");
        migrationBuilder.MakeAppendOnly("received_events", QualityServiceCollectionExtensions.ServiceName);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "assessment_facts");

        migrationBuilder.DropTable(
            name: "child_facts");

        migrationBuilder.DropTable(
            name: "indicator_aggregates");

        migrationBuilder.DropTable(
            name: "indicator_contributions");

        migrationBuilder.DropTable(
            name: "intervention_facts");

        migrationBuilder.DropTable(
            name: "investigation_facts");

        migrationBuilder.DropTable(
            name: "placement_facts");

        migrationBuilder.DropTable(
            name: "received_events");

        migrationBuilder.DropTable(
            name: "report_facts");
    }
}
