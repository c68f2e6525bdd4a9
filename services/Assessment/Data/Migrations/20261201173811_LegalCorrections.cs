using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Assessment.Data.Migrations;

/// <summary>
/// Issue #12, the law as it is: the delegation order carries the committee's decision and the day it
/// applies from; decisions carry the provision, the delegation (order version, sub-delegation or the
/// committee's meeting) and lateness against the rule beside lateness against an extension; forwarding;
/// violence by a närstående and intake's protection assessment on each report; feedback tasks end as
/// given or not given; the history of prior knowledge and of the child's view (append-only); the roles
/// that see a protected child's texts; and a stated reason on the access log.
/// </summary>
internal sealed partial class LegalCorrections : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "ix_feedback_tasks_open",
            table: "feedback_tasks");

        migrationBuilder.RenameColumn(
            name: "given_by_role",
            table: "feedback_tasks",
            newName: "ended_by_role");

        migrationBuilder.RenameColumn(
            name: "given_by_name",
            table: "feedback_tasks",
            newName: "ended_by_name");

        migrationBuilder.RenameColumn(
            name: "given_by_id",
            table: "feedback_tasks",
            newName: "ended_by_id");

        migrationBuilder.RenameColumn(
            name: "given_at",
            table: "feedback_tasks",
            newName: "ended_at");

        migrationBuilder.AlterColumn<int>(
            name: "reporter_feedback_days",
            table: "municipal_settings",
            type: "integer",
            nullable: true,
            oldClrType: typeof(int),
            oldType: "integer");

        migrationBuilder.AddColumn<string[]>(
            name: "protected_identity_roles",
            table: "municipal_settings",
            type: "text[]",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "result",
            table: "feedback_tasks",
            type: "character varying(40)",
            maxLength: 40,
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "not_given_reason",
            table: "feedback_tasks",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<DateOnly>(
            name: "applies_from",
            table: "delegation_orders",
            type: "date",
            nullable: true);

        migrationBuilder.AddColumn<DateOnly>(
            name: "committee_decided_on",
            table: "delegation_orders",
            type: "date",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "protocol_paragraph",
            table: "delegation_orders",
            type: "character varying(40)",
            maxLength: 40,
            nullable: true);

        migrationBuilder.AddColumn<DateOnly>(
            name: "committee_meeting_date",
            table: "assessments",
            type: "date",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "committee_protocol_paragraph",
            table: "assessments",
            type: "character varying(40)",
            maxLength: 40,
            nullable: true);

        migrationBuilder.AddColumn<bool>(
            name: "decided_within_statutory_deadline",
            table: "assessments",
            type: "boolean",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "decision_provision",
            table: "assessments",
            type: "character varying(300)",
            maxLength: 300,
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "decision_provision_id",
            table: "assessments",
            type: "character varying(40)",
            maxLength: 40,
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "delegation_order_version",
            table: "assessments",
            type: "integer",
            nullable: true);

        migrationBuilder.AddColumn<DateOnly>(
            name: "forwarded_on",
            table: "assessments",
            type: "date",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "forwarded_to_municipality",
            table: "assessments",
            type: "character varying(4)",
            maxLength: 4,
            nullable: true);

        migrationBuilder.AddColumn<bool>(
            name: "has_close_relative_violence",
            table: "assessments",
            type: "boolean",
            nullable: false,
            defaultValue: false);

        migrationBuilder.AddColumn<string>(
            name: "urgent_decision_report_paragraph",
            table: "assessments",
            type: "character varying(40)",
            maxLength: 40,
            nullable: true);

        migrationBuilder.AddColumn<DateOnly>(
            name: "urgent_decision_reported_on",
            table: "assessments",
            type: "date",
            nullable: true);

        migrationBuilder.AddColumn<DateTimeOffset>(
            name: "protection_assessment_recorded_at",
            table: "assessment_reports",
            type: "timestamp with time zone",
            nullable: true);

        migrationBuilder.AddColumn<bool>(
            name: "violence_by_close_relative",
            table: "assessment_reports",
            type: "boolean",
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "delegation_order_version",
            table: "assessment_extensions",
            type: "integer",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "reason",
            table: "access_log",
            type: "character varying(500)",
            maxLength: 500,
            nullable: true);

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

        migrationBuilder.CreateIndex(
            name: "ix_feedback_tasks_open",
            table: "feedback_tasks",
            columns: new[] { "tenant_id", "due_at" },
            filter: "ended_at IS NULL");

        migrationBuilder.CreateIndex(
            name: "ix_assessment_recordings_assessment",
            table: "assessment_recordings",
            column: "assessment_id");

        migrationBuilder.EnableTenantRowSecurity("assessment_recordings");
        migrationBuilder.MakeAppendOnly("assessment_recordings", AssessmentServiceCollectionExtensions.ServiceName);

        // Every task that ended until now ended with the feedback given; the update spans every tenant.
        migrationBuilder.Sql("""
            DO $$
            DECLARE forced boolean := (SELECT relforcerowsecurity FROM pg_class WHERE oid = 'feedback_tasks'::regclass);
            BEGIN
              IF forced THEN ALTER TABLE feedback_tasks NO FORCE ROW LEVEL SECURITY; END IF;
              UPDATE feedback_tasks SET result = 'given' WHERE ended_at IS NOT NULL;
              IF forced THEN ALTER TABLE feedback_tasks FORCE ROW LEVEL SECURITY; END IF;
            END $$;
            """);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "assessment_recordings");

        migrationBuilder.DropIndex(
            name: "ix_feedback_tasks_open",
            table: "feedback_tasks");

        migrationBuilder.DropColumn(
            name: "protected_identity_roles",
            table: "municipal_settings");

        migrationBuilder.DropColumn(
            name: "result",
            table: "feedback_tasks");

        migrationBuilder.DropColumn(
            name: "not_given_reason",
            table: "feedback_tasks");

        migrationBuilder.DropColumn(
            name: "applies_from",
            table: "delegation_orders");

        migrationBuilder.DropColumn(
            name: "committee_decided_on",
            table: "delegation_orders");

        migrationBuilder.DropColumn(
            name: "protocol_paragraph",
            table: "delegation_orders");

        migrationBuilder.DropColumn(
            name: "committee_meeting_date",
            table: "assessments");

        migrationBuilder.DropColumn(
            name: "committee_protocol_paragraph",
            table: "assessments");

        migrationBuilder.DropColumn(
            name: "decided_within_statutory_deadline",
            table: "assessments");

        migrationBuilder.DropColumn(
            name: "decision_provision",
            table: "assessments");

        migrationBuilder.DropColumn(
            name: "decision_provision_id",
            table: "assessments");

        migrationBuilder.DropColumn(
            name: "delegation_order_version",
            table: "assessments");

        migrationBuilder.DropColumn(
            name: "forwarded_on",
            table: "assessments");

        migrationBuilder.DropColumn(
            name: "forwarded_to_municipality",
            table: "assessments");

        migrationBuilder.DropColumn(
            name: "has_close_relative_violence",
            table: "assessments");

        migrationBuilder.DropColumn(
            name: "urgent_decision_report_paragraph",
            table: "assessments");

        migrationBuilder.DropColumn(
            name: "urgent_decision_reported_on",
            table: "assessments");

        migrationBuilder.DropColumn(
            name: "protection_assessment_recorded_at",
            table: "assessment_reports");

        migrationBuilder.DropColumn(
            name: "violence_by_close_relative",
            table: "assessment_reports");

        migrationBuilder.DropColumn(
            name: "delegation_order_version",
            table: "assessment_extensions");

        migrationBuilder.DropColumn(
            name: "reason",
            table: "access_log");

        migrationBuilder.RenameColumn(
            name: "ended_by_role",
            table: "feedback_tasks",
            newName: "given_by_role");

        migrationBuilder.RenameColumn(
            name: "ended_by_name",
            table: "feedback_tasks",
            newName: "given_by_name");

        migrationBuilder.RenameColumn(
            name: "ended_by_id",
            table: "feedback_tasks",
            newName: "given_by_id");

        migrationBuilder.RenameColumn(
            name: "ended_at",
            table: "feedback_tasks",
            newName: "given_at");

        migrationBuilder.AlterColumn<int>(
            name: "reporter_feedback_days",
            table: "municipal_settings",
            type: "integer",
            nullable: false,
            defaultValue: 0,
            oldClrType: typeof(int),
            oldType: "integer",
            oldNullable: true);

        migrationBuilder.CreateIndex(
            name: "ix_feedback_tasks_open",
            table: "feedback_tasks",
            columns: new[] { "tenant_id", "due_at" },
            filter: "given_at IS NULL");
    }
}
