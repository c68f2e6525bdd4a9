using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Assessment.Data.Migrations;

/// <summary>
/// The whole schema as of 2026-12-01, squashed from the migrations up to 20261201201822_InvestigationsAnnounced (ADR 16), with the
/// row-level security and append-only rules no model expresses. A database migrated by those records this
/// baseline in their place (<see cref="ReplacesMigrationsAttribute"/>).
/// </summary>
[ReplacesMigrations("20261201201822_InvestigationsAnnounced")]
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
            name: "assessments",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                child_id = table.Column<Guid>(type: "uuid", nullable: false),
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                is_statutory = table.Column<bool>(type: "boolean", nullable: false),
                received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                original_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                is_protected_identity = table.Column<bool>(type: "boolean", nullable: false),
                has_violence_concern = table.Column<bool>(type: "boolean", nullable: false),
                has_close_relative_violence = table.Column<bool>(type: "boolean", nullable: false),
                opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                prior_knowledge_in_records = table.Column<bool>(type: "boolean", nullable: false),
                has_prior_knowledge = table.Column<bool>(type: "boolean", nullable: true),
                prior_knowledge_weighing = table.Column<string>(type: "text", nullable: true),
                prior_knowledge_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                prior_knowledge_recorded_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                child_view_obtained = table.Column<bool>(type: "boolean", nullable: true),
                child_view = table.Column<string>(type: "text", nullable: true),
                child_view_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                child_view_recorded_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                triage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                assignee_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                assignee_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                assignee_qualified = table.Column<bool>(type: "boolean", nullable: true),
                assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                assigned_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                decision_reasoning = table.Column<string>(type: "text", nullable: true),
                decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                decided_within_deadline = table.Column<bool>(type: "boolean", nullable: true),
                decided_within_statutory_deadline = table.Column<bool>(type: "boolean", nullable: true),
                decision_provision_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                decision_provision = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                decider_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                decider_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                decider_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                delegation_basis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                sub_delegation_id = table.Column<Guid>(type: "uuid", nullable: true),
                delegation_order_version = table.Column<int>(type: "integer", nullable: true),
                committee_meeting_date = table.Column<DateOnly>(type: "date", nullable: true),
                committee_protocol_paragraph = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                urgent_decision_reported_on = table.Column<DateOnly>(type: "date", nullable: true),
                urgent_decision_report_paragraph = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                forwarded_to_municipality = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                forwarded_on = table.Column<DateOnly>(type: "date", nullable: true),
                violence_override_reason = table.Column<string>(type: "text", nullable: true),
                flagged_for_quality_follow_up = table.Column<bool>(type: "boolean", nullable: false),
                recorded_automatically = table.Column<bool>(type: "boolean", nullable: false),
                ongoing_investigation_id = table.Column<Guid>(type: "uuid", nullable: true),
                version = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_assessments", x => x.id);
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
            name: "municipal_settings",
            columns: table => new
            {
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                reporter_feedback_days = table.Column<int>(type: "integer", nullable: true),
                protected_identity_roles = table.Column<string[]>(type: "text[]", nullable: true),
                changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                changed_by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                changed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                changed_by_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_municipal_settings", x => x.tenant_id);
            });

        migrationBuilder.CreateTable(
            name: "ongoing_investigations",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                child_id = table.Column<Guid>(type: "uuid", nullable: false),
                opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ongoing_investigations", x => x.id);
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
            name: "assessment_extensions",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
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
                table.PrimaryKey("PK_assessment_extensions", x => x.id);
                table.ForeignKey(
                    name: "FK_assessment_extensions_assessments_assessment_id",
                    column: x => x.assessment_id,
                    principalTable: "assessments",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "assessment_recordings",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                answer = table.Column<bool>(type: "boolean", nullable: false),
                text = table.Column<string>(type: "text", nullable: true),
                recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                recorded_by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                recorded_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_assessment_recordings", x => x.id);
                table.ForeignKey(
                    name: "FK_assessment_recordings_assessments_assessment_id",
                    column: x => x.assessment_id,
                    principalTable: "assessments",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "assessment_reports",
            columns: table => new
            {
                report_id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                assessment_id = table.Column<Guid>(type: "uuid", nullable: true),
                case_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                classification = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                reporter_category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                is_mandatory_reporter = table.Column<bool>(type: "boolean", nullable: false),
                feedback_requested = table.Column<bool>(type: "boolean", nullable: false),
                concern_categories = table.Column<string[]>(type: "text[]", nullable: false),
                child_id = table.Column<Guid>(type: "uuid", nullable: false),
                child_gender = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                child_birth_year_month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                is_protected_identity = table.Column<bool>(type: "boolean", nullable: false),
                violence_by_close_relative = table.Column<bool>(type: "boolean", nullable: true),
                protection_assessment_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                disposition = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_assessment_reports", x => x.report_id);
                table.ForeignKey(
                    name: "FK_assessment_reports_assessments_assessment_id",
                    column: x => x.assessment_id,
                    principalTable: "assessments",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "feedback_tasks",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                report_id = table.Column<Guid>(type: "uuid", nullable: false),
                case_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                reporter_category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                result = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                not_given_reason = table.Column<string>(type: "text", nullable: true),
                ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                ended_by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                ended_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                ended_by_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_feedback_tasks", x => x.id);
                table.ForeignKey(
                    name: "FK_feedback_tasks_assessments_assessment_id",
                    column: x => x.assessment_id,
                    principalTable: "assessments",
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
            name: "ix_assessment_extensions_assessment",
            table: "assessment_extensions",
            column: "assessment_id");

        migrationBuilder.CreateIndex(
            name: "ix_assessment_recordings_assessment",
            table: "assessment_recordings",
            column: "assessment_id");

        migrationBuilder.CreateIndex(
            name: "ix_assessment_reports_assessment",
            table: "assessment_reports",
            column: "assessment_id");

        migrationBuilder.CreateIndex(
            name: "ix_assessments_child",
            table: "assessments",
            columns: new[] { "tenant_id", "child_id" });

        migrationBuilder.CreateIndex(
            name: "ix_assessments_worklist",
            table: "assessments",
            columns: new[] { "tenant_id", "status", "due_at" });

        migrationBuilder.CreateIndex(
            name: "ux_assessments_open_child",
            table: "assessments",
            columns: new[] { "tenant_id", "child_id" },
            unique: true,
            filter: "status = 'open'");

        migrationBuilder.CreateIndex(
            name: "ux_delegation_orders_version",
            table: "delegation_orders",
            columns: new[] { "tenant_id", "version" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_feedback_tasks_open",
            table: "feedback_tasks",
            columns: new[] { "tenant_id", "due_at" },
            filter: "ended_at IS NULL");

        migrationBuilder.CreateIndex(
            name: "ux_feedback_tasks_report",
            table: "feedback_tasks",
            columns: new[] { "assessment_id", "report_id" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_ongoing_investigations_child",
            table: "ongoing_investigations",
            columns: new[] { "tenant_id", "child_id" });

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
        migrationBuilder.EnableTenantRowSecurity("assessment_extensions");
        migrationBuilder.EnableTenantRowSecurity("assessment_recordings");
        migrationBuilder.EnableTenantRowSecurity("assessment_reports");
        migrationBuilder.EnableTenantRowSecurity("assessments");
        migrationBuilder.EnableTenantRowSecurity("delegation_orders");
        migrationBuilder.EnableTenantRowSecurity("feedback_tasks");
        migrationBuilder.EnableTenantRowSecurity("municipal_settings");
        migrationBuilder.EnableTenantRowSecurity("ongoing_investigations");
        migrationBuilder.EnableTenantRowSecurity("sub_delegations");
        migrationBuilder.EnableMessagingRowSecurity("inbox_messages");
        migrationBuilder.EnableMessagingRowSecurity("outbox_messages");
        migrationBuilder.MakeAppendOnly("access_log", AssessmentServiceCollectionExtensions.ServiceName);
        migrationBuilder.MakeAppendOnly("assessment_recordings", AssessmentServiceCollectionExtensions.ServiceName);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "access_log");

        migrationBuilder.DropTable(
            name: "assessment_extensions");

        migrationBuilder.DropTable(
            name: "assessment_recordings");

        migrationBuilder.DropTable(
            name: "assessment_reports");

        migrationBuilder.DropTable(
            name: "delegation_orders");

        migrationBuilder.DropTable(
            name: "feedback_tasks");

        migrationBuilder.DropTable(
            name: "inbox_messages");

        migrationBuilder.DropTable(
            name: "municipal_settings");

        migrationBuilder.DropTable(
            name: "ongoing_investigations");

        migrationBuilder.DropTable(
            name: "outbox_messages");

        migrationBuilder.DropTable(
            name: "sub_delegations");

        migrationBuilder.DropTable(
            name: "assessments");
    }
}
