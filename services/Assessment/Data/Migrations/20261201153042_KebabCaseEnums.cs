using Assessment.Domain.Assessments;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Assessment;
using Platform.Contracts.Delegation;
using Platform.Contracts.Intake;

namespace Assessment.Data.Migrations;

/// <summary>
/// Stored enum values become kebab-case, the spelling of the API and the events (ADR 12), and the
/// one-open-assessment index filters on the new spelling of its status.
/// </summary>
internal sealed partial class KebabCaseEnums : Migration
{
    // Enum values were stored as their .NET names (AnnanKannedom); from now on as the API and the
    // events spell them (annan-kannedom), ADR 12. Concern categories were kebab-case here already.
    // The names come from the enums themselves.
    private static readonly (string Table, string Column, Type Type)[] EnumColumns =
    [
        ("access_log", "action", typeof(AccessAction)),
        ("access_log", "record_type", typeof(AccessedRecord)),
        ("assessment_extensions", "delegation_basis", typeof(DelegationBasis)),
        ("assessment_reports", "classification", typeof(Classification)),
        ("assessment_reports", "reporter_category", typeof(ReporterCategory)),
        ("assessment_reports", "child_gender", typeof(LegalGender)),
        ("assessment_reports", "disposition", typeof(ReportDisposition)),
        ("assessments", "status", typeof(AssessmentStatus)),
        ("assessments", "triage", typeof(TriageColour)),
        ("assessments", "outcome", typeof(AssessmentOutcome)),
        ("assessments", "delegation_basis", typeof(DelegationBasis)),
        ("feedback_tasks", "reporter_category", typeof(ReporterCategory)),
        ("feedback_tasks", "outcome", typeof(AssessmentOutcome)),
        ("sub_delegations", "decision", typeof(DecisionType)),
    ];

    // The access log's own enums as they were then; the log has moved to the building blocks since.
    private enum AccessAction
    {
        Read,
        Write,
        List,
    }

    private enum AccessedRecord
    {
        Assessment,
        Report,
    }

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.RespellEnums(EnumColumns, toKebabCase: true);
        OpenChildIndex(migrationBuilder, "status = 'open'");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.RespellEnums(EnumColumns, toKebabCase: false);
        OpenChildIndex(migrationBuilder, "status = 'Open'");
    }

    private static void OpenChildIndex(MigrationBuilder migrationBuilder, string filter)
    {
        migrationBuilder.DropIndex(name: "ux_assessments_open_child", table: "assessments");
        migrationBuilder.CreateIndex(name: "ux_assessments_open_child", table: "assessments", columns: ["tenant_id", "child_id"], unique: true, filter: filter);
    }
}
