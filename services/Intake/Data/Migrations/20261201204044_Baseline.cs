using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Intake.Data.Migrations;

/// <summary>
/// The whole schema as of 2026-12-01, squashed from the migrations up to 20261201173405_RegistrationRules (ADR 16), with the
/// row-level security and append-only rules no model expresses. A database migrated by those records this
/// baseline in their place (<see cref="ReplacesMigrationsAttribute"/>).
/// </summary>
[ReplacesMigrations("20261201173405_RegistrationRules")]
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
            name: "case_number_counters",
            columns: table => new
            {
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                year = table.Column<int>(type: "integer", nullable: false),
                last_number = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_case_number_counters", x => new { x.tenant_id, x.year });
            });

        migrationBuilder.CreateTable(
            name: "children",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                identity_hash = table.Column<byte[]>(type: "bytea", nullable: true),
                identity_number_encrypted = table.Column<byte[]>(type: "bytea", nullable: true),
                is_coordination_number = table.Column<bool>(type: "boolean", nullable: false),
                known_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                gender = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                protected_identity = table.Column<bool>(type: "boolean", nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_children", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "idempotency_keys",
            columns: table => new
            {
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                request_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                report_id = table.Column<Guid>(type: "uuid", nullable: false),
                response = table.Column<string>(type: "jsonb", nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_idempotency_keys", x => new { x.tenant_id, x.key });
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
            name: "municipality_settings",
            columns: table => new
            {
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                protected_identity_roles = table.Column<string[]>(type: "text[]", nullable: false),
                protection_assessment_cut_off = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                updated_by_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_municipality_settings", x => x.tenant_id);
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
            name: "reports",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                case_number = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                child_id = table.Column<Guid>(type: "uuid", nullable: false),
                received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                registered_by_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                registered_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                registered_by_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                classification = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                original_classification = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                classification_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                reporter_category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                reporter_is_mandatory = table.Column<bool>(type: "boolean", nullable: false),
                reporter_requested_feedback = table.Column<bool>(type: "boolean", nullable: false),
                reporter_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                reporter_organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                reporter_contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                concern_categories = table.Column<string[]>(type: "text[]", nullable: false),
                violence_by_close_relative = table.Column<bool>(type: "boolean", nullable: true),
                description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                protected_identity_reported = table.Column<bool>(type: "boolean", nullable: false),
                protection_assessment_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                version = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reports", x => x.id);
                table.ForeignKey(
                    name: "FK_reports_children_child_id",
                    column: x => x.child_id,
                    principalTable: "children",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "protection_assessments",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                report_id = table.Column<Guid>(type: "uuid", nullable: false),
                assessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                within_deadline = table.Column<bool>(type: "boolean", nullable: false),
                assessor_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                assessor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                assessor_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                circumstances = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                immediate_protection_needed = table.Column<bool>(type: "boolean", nullable: false),
                actions_taken = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_protection_assessments", x => x.id);
                table.ForeignKey(
                    name: "FK_protection_assessments_reports_report_id",
                    column: x => x.report_id,
                    principalTable: "reports",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "reclassifications",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                report_id = table.Column<Guid>(type: "uuid", nullable: false),
                from_classification = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                to_classification = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                reclassified_by_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                reclassified_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                reclassified_by_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                reclassified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reclassifications", x => x.id);
                table.ForeignKey(
                    name: "FK_reclassifications_reports_report_id",
                    column: x => x.report_id,
                    principalTable: "reports",
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
            name: "IX_children_tenant_id_identity_hash",
            table: "children",
            columns: new[] { "tenant_id", "identity_hash" },
            unique: true);

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
            name: "IX_protection_assessments_report_id",
            table: "protection_assessments",
            column: "report_id",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_reclassifications_report_id",
            table: "reclassifications",
            column: "report_id");

        migrationBuilder.CreateIndex(
            name: "IX_reports_child_id",
            table: "reports",
            column: "child_id");

        migrationBuilder.CreateIndex(
            name: "IX_reports_tenant_id_case_number",
            table: "reports",
            columns: new[] { "tenant_id", "case_number" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_reports_tenant_id_status_protection_assessment_due_at",
            table: "reports",
            columns: new[] { "tenant_id", "status", "protection_assessment_due_at" });

        migrationBuilder.EnableTenantRowSecurity("access_log");
        migrationBuilder.EnableTenantRowSecurity("case_number_counters");
        migrationBuilder.EnableTenantRowSecurity("children");
        migrationBuilder.EnableTenantRowSecurity("idempotency_keys");
        migrationBuilder.EnableTenantRowSecurity("municipality_settings");
        migrationBuilder.EnableTenantRowSecurity("protection_assessments");
        migrationBuilder.EnableTenantRowSecurity("reclassifications");
        migrationBuilder.EnableTenantRowSecurity("reports");
        migrationBuilder.EnableMessagingRowSecurity("inbox_messages");
        migrationBuilder.EnableMessagingRowSecurity("outbox_messages");
        migrationBuilder.MakeAppendOnly("access_log", IntakeServiceCollectionExtensions.ServiceName);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "access_log");

        migrationBuilder.DropTable(
            name: "case_number_counters");

        migrationBuilder.DropTable(
            name: "idempotency_keys");

        migrationBuilder.DropTable(
            name: "inbox_messages");

        migrationBuilder.DropTable(
            name: "municipality_settings");

        migrationBuilder.DropTable(
            name: "outbox_messages");

        migrationBuilder.DropTable(
            name: "protection_assessments");

        migrationBuilder.DropTable(
            name: "reclassifications");

        migrationBuilder.DropTable(
            name: "reports");

        migrationBuilder.DropTable(
            name: "children");
    }
}
