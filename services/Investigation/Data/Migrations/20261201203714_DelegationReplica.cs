using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Investigation.Data.Migrations;

/// <summary>The copy of the delegation order and the sub-delegations recorded at assessment, kept from their events for the decisions taken here.</summary>
internal sealed partial class DelegationReplica : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "delegation_orders",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                version = table.Column<int>(type: "integer", nullable: false),
                grants = table.Column<string>(type: "jsonb", nullable: false),
                committee_decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                protocol_paragraph = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                applies_from = table.Column<DateOnly>(type: "date", nullable: true),
                changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                changed_by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                changed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                changed_by_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_delegation_orders", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "sub_delegations",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                decision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                delegate_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                delegate_user_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                delegate_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                valid_to = table.Column<DateOnly>(type: "date", nullable: false),
                decision_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                reported_to_committee_on = table.Column<DateOnly>(type: "date", nullable: true),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                created_by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                created_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                committee_report_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                committee_report_recorded_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                revoked_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_sub_delegations", x => x.id);
            });

        migrationBuilder.CreateIndex(
            name: "ux_delegation_orders_version",
            table: "delegation_orders",
            columns: new[] { "tenant_id", "version" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_sub_delegations_decision",
            table: "sub_delegations",
            columns: new[] { "tenant_id", "decision" });

        migrationBuilder.EnableTenantRowSecurity("delegation_orders");
        migrationBuilder.EnableTenantRowSecurity("sub_delegations");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "delegation_orders");

        migrationBuilder.DropTable(
            name: "sub_delegations");
    }
}
