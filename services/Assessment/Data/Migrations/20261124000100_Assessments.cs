using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Assessment.Data.Migrations;

[DbContext(typeof(AssessmentDbContext))]
[Migration("20261124000100_Assessments")]
internal sealed class Assessments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
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
                decider_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                decider_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                decider_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                delegation_basis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                sub_delegation_id = table.Column<Guid>(type: "uuid", nullable: true),
                violence_override_reason = table.Column<string>(type: "text", nullable: true),
                flagged_for_quality_follow_up = table.Column<bool>(type: "boolean", nullable: false),
                recorded_automatically = table.Column<bool>(type: "boolean", nullable: false),
                ongoing_investigation_assessment_id = table.Column<Guid>(type: "uuid", nullable: true),
                version = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_assessments", x => x.id));
        migrationBuilder.CreateIndex("ux_assessments_open_child", "assessments", ["tenant_id", "child_id"], unique: true, filter: "status = 'Open'");
        migrationBuilder.CreateIndex("ix_assessments_child", "assessments", ["tenant_id", "child_id"]);
        migrationBuilder.CreateIndex("ix_assessments_worklist", "assessments", ["tenant_id", "status", "due_at"]);
        migrationBuilder.EnableTenantRowSecurity("assessments");

        CreateReports(migrationBuilder);
        CreateExtensions(migrationBuilder);
        CreateFeedbackTasks(migrationBuilder);
        DelegationTables.Create(migrationBuilder);
    }

    private static void CreateReports(MigrationBuilder migrationBuilder)
    {
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
                unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                disposition = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_assessment_reports", x => x.report_id);
                table.ForeignKey("FK_assessment_reports_assessments_assessment_id", x => x.assessment_id, "assessments", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_assessment_reports_assessment", "assessment_reports", "assessment_id");
        migrationBuilder.EnableTenantRowSecurity("assessment_reports");
    }

    private static void CreateExtensions(MigrationBuilder migrationBuilder)
    {
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
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_assessment_extensions", x => x.id);
                table.ForeignKey("FK_assessment_extensions_assessments_assessment_id", x => x.assessment_id, "assessments", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_assessment_extensions_assessment", "assessment_extensions", "assessment_id");
        migrationBuilder.EnableTenantRowSecurity("assessment_extensions");
    }

    private static void CreateFeedbackTasks(MigrationBuilder migrationBuilder)
    {
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
                given_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                given_by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                given_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                given_by_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_feedback_tasks", x => x.id);
                table.ForeignKey("FK_feedback_tasks_assessments_assessment_id", x => x.assessment_id, "assessments", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ux_feedback_tasks_report", "feedback_tasks", ["assessment_id", "report_id"], unique: true);
        migrationBuilder.CreateIndex("ix_feedback_tasks_open", "feedback_tasks", ["tenant_id", "due_at"], filter: "given_at IS NULL");
        migrationBuilder.EnableTenantRowSecurity("feedback_tasks");
    }
}
