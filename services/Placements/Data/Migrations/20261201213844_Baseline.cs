using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Placements.Data.Migrations;

/// <summary>
/// The whole schema as of 2026-12-01, squashed from the migrations up to 20261201204325_PlacementFollowUp (ADR 16), with the
/// row-level security and append-only rules no model expresses. A database migrated by those records this
/// baseline in their place (<see cref="ReplacesMigrationsAttribute"/>).
/// </summary>
[ReplacesMigrations("20261201204325_PlacementFollowUp")]
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
            name: "foster_homes",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                consultant_organisation_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                approved_on = table.Column<DateOnly>(type: "date", nullable: false),
                last_record_check_on = table.Column<DateOnly>(type: "date", nullable: false),
                version = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_foster_homes", x => x.id);
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
            name: "placement_settings",
            columns: table => new
            {
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                visit_every_months = table.Column<int>(type: "integer", nullable: true),
                record_check_every_months = table.Column<int>(type: "integer", nullable: true),
                changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                changed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_placement_settings", x => x.tenant_id);
            });

        migrationBuilder.CreateTable(
            name: "placements",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                intervention_id = table.Column<Guid>(type: "uuid", nullable: false),
                investigation_id = table.Column<Guid>(type: "uuid", nullable: false),
                child_id = table.Column<Guid>(type: "uuid", nullable: false),
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                legal_basis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                long_term_care = table.Column<bool>(type: "boolean", nullable: false),
                child_gender = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                child_birth_year_month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                provider_organisation_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                foster_home_id = table.Column<Guid>(type: "uuid", nullable: true),
                cost_per_day = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                started_on = table.Column<DateOnly>(type: "date", nullable: true),
                care_plan_on = table.Column<DateOnly>(type: "date", nullable: true),
                last_review_on = table.Column<DateOnly>(type: "date", nullable: true),
                last_visit_on = table.Column<DateOnly>(type: "date", nullable: true),
                last_custody_consideration_on = table.Column<DateOnly>(type: "date", nullable: true),
                ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                ending = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                end_reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                post_lvu_follow_up_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                post_lvu_follow_up_ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                version = table.Column<int>(type: "integer", nullable: false),
                changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_placements", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "regional_records",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                municipality_code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                version = table.Column<int>(type: "integer", nullable: false),
                birth_year = table.Column<int>(type: "integer", nullable: true),
                gender = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                placement_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                legal_basis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                provider_organisation_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                start_month = table.Column<DateOnly>(type: "date", nullable: false),
                end_month = table.Column<DateOnly>(type: "date", nullable: true),
                ending = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                end_reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                plan_in_place = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: true),
                school_or_occupation = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: true),
                well_being = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: true),
                safety = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: true),
                treatment_by_staff = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: true),
                participation = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: true),
                received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_regional_records", x => x.id);
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
            name: "foster_home_record_checks",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                foster_home_id = table.Column<Guid>(type: "uuid", nullable: false),
                checked_on = table.Column<DateOnly>(type: "date", nullable: false),
                due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                remarks = table.Column<bool>(type: "boolean", nullable: false),
                recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                recorded_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                recorded_by_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_foster_home_record_checks", x => x.id);
                table.ForeignKey(
                    name: "FK_foster_home_record_checks_foster_homes_foster_home_id",
                    column: x => x.foster_home_id,
                    principalTable: "foster_homes",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "duty_records",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                done_on = table.Column<DateOnly>(type: "date", nullable: false),
                due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                recorded_by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                recorded_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                recorded_by_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                review_kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                protocol_paragraph = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                care_continues = table.Column<bool>(type: "boolean", nullable: true),
                individual_conversation = table.Column<bool>(type: "boolean", nullable: true),
                note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_duty_records", x => x.id);
                table.ForeignKey(
                    name: "FK_duty_records_placements_placement_id",
                    column: x => x.placement_id,
                    principalTable: "placements",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "follow_up_dialogues",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                provider_organisation_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                held_on = table.Column<DateOnly>(type: "date", nullable: false),
                recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                recorded_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_follow_up_dialogues", x => x.id);
                table.ForeignKey(
                    name: "FK_follow_up_dialogues_placements_placement_id",
                    column: x => x.placement_id,
                    principalTable: "placements",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "indicator_answers",
            columns: table => new
            {
                dialogue_id = table.Column<Guid>(type: "uuid", nullable: false),
                indicator = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                child_answer = table.Column<int>(type: "integer", nullable: true),
                rating = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_indicator_answers", x => new { x.dialogue_id, x.indicator });
                table.ForeignKey(
                    name: "FK_indicator_answers_follow_up_dialogues_dialogue_id",
                    column: x => x.dialogue_id,
                    principalTable: "follow_up_dialogues",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
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
            name: "ix_duty_records_placement",
            table: "duty_records",
            columns: new[] { "tenant_id", "placement_id" });

        migrationBuilder.CreateIndex(
            name: "IX_duty_records_placement_id",
            table: "duty_records",
            column: "placement_id");

        migrationBuilder.CreateIndex(
            name: "ix_follow_up_dialogues_placement",
            table: "follow_up_dialogues",
            columns: new[] { "tenant_id", "placement_id" });

        migrationBuilder.CreateIndex(
            name: "IX_follow_up_dialogues_placement_id",
            table: "follow_up_dialogues",
            column: "placement_id");

        migrationBuilder.CreateIndex(
            name: "ix_follow_up_dialogues_provider",
            table: "follow_up_dialogues",
            columns: new[] { "tenant_id", "provider_organisation_number" });

        migrationBuilder.CreateIndex(
            name: "IX_foster_home_record_checks_foster_home_id",
            table: "foster_home_record_checks",
            column: "foster_home_id");

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
            name: "ix_placements_intervention",
            table: "placements",
            columns: new[] { "tenant_id", "intervention_id" });

        migrationBuilder.CreateIndex(
            name: "ix_placements_provider",
            table: "placements",
            columns: new[] { "tenant_id", "provider_organisation_number" });

        migrationBuilder.CreateIndex(
            name: "ix_placements_worklist",
            table: "placements",
            columns: new[] { "tenant_id", "status", "unit" });

        migrationBuilder.CreateIndex(
            name: "ix_regional_records_start",
            table: "regional_records",
            columns: new[] { "tenant_id", "start_month" });

        migrationBuilder.CreateIndex(
            name: "ux_regional_records_key",
            table: "regional_records",
            columns: new[] { "tenant_id", "municipality_code", "key" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_sub_delegations_decision",
            table: "sub_delegations",
            columns: new[] { "tenant_id", "decision" });

        migrationBuilder.EnableTenantRowSecurity("access_log");
        migrationBuilder.EnableTenantRowSecurity("delegation_orders");
        migrationBuilder.EnableTenantRowSecurity("duty_records");
        migrationBuilder.EnableTenantRowSecurity("follow_up_dialogues");
        migrationBuilder.EnableTenantRowSecurity("foster_home_record_checks");
        migrationBuilder.EnableTenantRowSecurity("foster_homes");
        migrationBuilder.EnableTenantRowSecurity("indicator_answers");
        migrationBuilder.EnableTenantRowSecurity("placement_settings");
        migrationBuilder.EnableTenantRowSecurity("placements");
        migrationBuilder.EnableTenantRowSecurity("regional_records");
        migrationBuilder.EnableTenantRowSecurity("sub_delegations");
        migrationBuilder.EnableMessagingRowSecurity("inbox_messages");
        migrationBuilder.EnableMessagingRowSecurity("outbox_messages");
        migrationBuilder.MakeAppendOnly("access_log", PlacementsServiceCollectionExtensions.ServiceName);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "access_log");

        migrationBuilder.DropTable(
            name: "delegation_orders");

        migrationBuilder.DropTable(
            name: "duty_records");

        migrationBuilder.DropTable(
            name: "foster_home_record_checks");

        migrationBuilder.DropTable(
            name: "inbox_messages");

        migrationBuilder.DropTable(
            name: "indicator_answers");

        migrationBuilder.DropTable(
            name: "outbox_messages");

        migrationBuilder.DropTable(
            name: "placement_settings");

        migrationBuilder.DropTable(
            name: "regional_records");

        migrationBuilder.DropTable(
            name: "sub_delegations");

        migrationBuilder.DropTable(
            name: "foster_homes");

        migrationBuilder.DropTable(
            name: "follow_up_dialogues");

        migrationBuilder.DropTable(
            name: "placements");
    }
}
