using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Investigation.Data.Migrations;

/// <summary>
/// The whole schema as of 2026-12-01, squashed from the migrations up to 20261201203714_DelegationReplica (ADR 16), with the
/// row-level security and append-only rules no model expresses. A database migrated by those records this
/// baseline in their place (<see cref="ReplacesMigrationsAttribute"/>).
/// </summary>
[ReplacesMigrations("20261201203714_DelegationReplica")]
internal sealed partial class Baseline : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "access_log",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                user_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                user_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                record_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                record_id = table.Column<Guid>(type: "uuid", nullable: false),
                operation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_access_log", x => x.id);
            });

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
            name: "inbox_messages",
            columns: table => new
            {
                message_id = table.Column<Guid>(type: "uuid", nullable: false),
                consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_inbox_messages", x => new { x.message_id, x.consumer });
            });

        migrationBuilder.CreateTable(
            name: "investigations",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                child_id = table.Column<Guid>(type: "uuid", nullable: false),
                child_gender = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                child_birth_year_month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                is_protected_identity = table.Column<bool>(type: "boolean", nullable: false),
                has_violence_concern = table.Column<bool>(type: "boolean", nullable: false),
                origin = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                assessment_id = table.Column<Guid>(type: "uuid", nullable: true),
                status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                statutory_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                chained_investigation = table.Column<bool>(type: "boolean", nullable: false),
                previous_investigation_id = table.Column<Guid>(type: "uuid", nullable: true),
                guardians_informed_on = table.Column<DateOnly>(type: "date", nullable: true),
                guardians_informed_manner = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                guardians_informed_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                guardians_informed_recorded_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                decision_reasoning = table.Column<string>(type: "text", nullable: true),
                concluded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                concluded_within_deadline = table.Column<bool>(type: "boolean", nullable: true),
                concluded_within_statutory_deadline = table.Column<bool>(type: "boolean", nullable: true),
                decider_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                decider_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                decider_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                delegation_basis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                delegation_order_version = table.Column<int>(type: "integer", nullable: true),
                sub_delegation_id = table.Column<Guid>(type: "uuid", nullable: true),
                committee_meeting_date = table.Column<DateOnly>(type: "date", nullable: true),
                committee_protocol_paragraph = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                version = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_investigations", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "outbox_messages",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                message_id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                body = table.Column<string>(type: "json", nullable: false),
                content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                destination = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                redelivery = table.Column<int>(type: "integer", nullable: false),
                trace_parent = table.Column<string>(type: "character varying(55)", maxLength: 55, nullable: true),
                trace_state = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                not_before = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                attempts = table.Column<int>(type: "integer", nullable: false),
                last_error = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                dead_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_outbox_messages", x => x.id);
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

        migrationBuilder.CreateTable(
            name: "interventions",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                investigation_id = table.Column<Guid>(type: "uuid", nullable: false),
                child_id = table.Column<Guid>(type: "uuid", nullable: false),
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                child_gender = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                child_birth_year_month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                open_care_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                open_care_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                placement_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                legal_basis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                provider_organisation_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                foster_home_id = table.Column<Guid>(type: "uuid", nullable: true),
                long_term_care = table.Column<bool>(type: "boolean", nullable: false),
                immediate_custody = table.Column<bool>(type: "boolean", nullable: false),
                decision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                delegation_basis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                not_executed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                started_on = table.Column<DateOnly>(type: "date", nullable: true),
                ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                end_reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                delay_reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                outcome_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                outcome_recorded_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                version = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_interventions", x => x.id);
                table.ForeignKey(
                    name: "FK_interventions_investigations_investigation_id",
                    column: x => x.investigation_id,
                    principalTable: "investigations",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "investigation_documentation",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                investigation_id = table.Column<Guid>(type: "uuid", nullable: false),
                part = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                content = table.Column<string>(type: "jsonb", nullable: false),
                recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                recorded_by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                recorded_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_investigation_documentation", x => x.id);
                table.ForeignKey(
                    name: "FK_investigation_documentation_investigations_investigation_id",
                    column: x => x.investigation_id,
                    principalTable: "investigations",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "investigation_extensions",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                investigation_id = table.Column<Guid>(type: "uuid", nullable: false),
                previous_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                new_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                reason = table.Column<string>(type: "text", nullable: false),
                extended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                extended_by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                extended_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                extended_by_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                delegation_basis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                sub_delegation_id = table.Column<Guid>(type: "uuid", nullable: true),
                delegation_order_version = table.Column<int>(type: "integer", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_investigation_extensions", x => x.id);
                table.ForeignKey(
                    name: "FK_investigation_extensions_investigations_investigation_id",
                    column: x => x.investigation_id,
                    principalTable: "investigations",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "investigation_reports",
            columns: table => new
            {
                report_id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                child_id = table.Column<Guid>(type: "uuid", nullable: false),
                child_gender = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                child_birth_year_month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                is_protected_identity = table.Column<bool>(type: "boolean", nullable: false),
                classification = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                has_violence_concern = table.Column<bool>(type: "boolean", nullable: false),
                received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                investigation_id = table.Column<Guid>(type: "uuid", nullable: true),
                attached_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_investigation_reports", x => x.report_id);
                table.ForeignKey(
                    name: "FK_investigation_reports_investigations_investigation_id",
                    column: x => x.investigation_id,
                    principalTable: "investigations",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "ix_access_log_record",
            table: "access_log",
            columns: new[] { "tenant_id", "record_id" });

        migrationBuilder.CreateIndex(
            name: "ix_access_log_user",
            table: "access_log",
            columns: new[] { "tenant_id", "user_id", "occurred_at" });

        migrationBuilder.CreateIndex(
            name: "ux_delegation_orders_version",
            table: "delegation_orders",
            columns: new[] { "tenant_id", "version" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_interventions_investigation",
            table: "interventions",
            column: "investigation_id");

        migrationBuilder.CreateIndex(
            name: "ix_interventions_not_executed",
            table: "interventions",
            columns: new[] { "tenant_id", "not_executed_at" });

        migrationBuilder.CreateIndex(
            name: "ix_investigation_documentation_investigation",
            table: "investigation_documentation",
            column: "investigation_id");

        migrationBuilder.CreateIndex(
            name: "ix_investigation_extensions_investigation",
            table: "investigation_extensions",
            column: "investigation_id");

        migrationBuilder.CreateIndex(
            name: "ix_investigation_reports_investigation",
            table: "investigation_reports",
            column: "investigation_id");

        migrationBuilder.CreateIndex(
            name: "ix_investigations_child",
            table: "investigations",
            columns: new[] { "tenant_id", "child_id" });

        migrationBuilder.CreateIndex(
            name: "ix_investigations_worklist",
            table: "investigations",
            columns: new[] { "tenant_id", "status", "due_at" });

        migrationBuilder.CreateIndex(
            name: "ux_investigations_open_child",
            table: "investigations",
            columns: new[] { "tenant_id", "child_id" },
            unique: true,
            filter: "status = 'open'");

        migrationBuilder.CreateIndex(
            name: "IX_outbox_messages_not_before_id",
            table: "outbox_messages",
            columns: new[] { "not_before", "id" },
            filter: "sent_at IS NULL AND dead_at IS NULL");

        migrationBuilder.CreateIndex(
            name: "IX_outbox_messages_sent_at",
            table: "outbox_messages",
            column: "sent_at",
            filter: "sent_at IS NOT NULL");

        migrationBuilder.CreateIndex(
            name: "ix_sub_delegations_decision",
            table: "sub_delegations",
            columns: new[] { "tenant_id", "decision" });

        migrationBuilder.EnableTenantRowSecurity("access_log");
        migrationBuilder.EnableTenantRowSecurity("delegation_orders");
        migrationBuilder.EnableTenantRowSecurity("interventions");
        migrationBuilder.EnableTenantRowSecurity("investigation_documentation");
        migrationBuilder.EnableTenantRowSecurity("investigation_extensions");
        migrationBuilder.EnableTenantRowSecurity("investigation_reports");
        migrationBuilder.EnableTenantRowSecurity("investigations");
        migrationBuilder.EnableTenantRowSecurity("sub_delegations");
        migrationBuilder.EnableMessagingRowSecurity("inbox_messages");
        migrationBuilder.EnableMessagingRowSecurity("outbox_messages");
        migrationBuilder.MakeAppendOnly("access_log", InvestigationServiceCollectionExtensions.ServiceName);
        migrationBuilder.MakeAppendOnly("investigation_documentation", InvestigationServiceCollectionExtensions.ServiceName);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "access_log");

        migrationBuilder.DropTable(
            name: "delegation_orders");

        migrationBuilder.DropTable(
            name: "inbox_messages");

        migrationBuilder.DropTable(
            name: "interventions");

        migrationBuilder.DropTable(
            name: "investigation_documentation");

        migrationBuilder.DropTable(
            name: "investigation_extensions");

        migrationBuilder.DropTable(
            name: "investigation_reports");

        migrationBuilder.DropTable(
            name: "outbox_messages");

        migrationBuilder.DropTable(
            name: "sub_delegations");

        migrationBuilder.DropTable(
            name: "investigations");
    }
}
