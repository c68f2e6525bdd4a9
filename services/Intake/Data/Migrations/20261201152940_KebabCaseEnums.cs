using Intake.Domain.Reports;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Intake;

namespace Intake.Data.Migrations;

/// <summary>Stored enum values become kebab-case, the spelling of the API and the events (ADR 12); the schema is unchanged.</summary>
internal sealed partial class KebabCaseEnums : Migration
{
    // Enum values were stored as their .NET names (AnnanKannedom); from now on as the API and the
    // events spell them (annan-kannedom), ADR 12. The names come from the enums themselves.
    private static readonly (string Table, string Column, Type Type)[] EnumColumns =
    [
        ("access_log", "action", typeof(AccessAction)),
        ("access_log", "record_type", typeof(AccessedRecord)),
        ("children", "gender", typeof(LegalGender)),
        ("reclassifications", "from_classification", typeof(Classification)),
        ("reclassifications", "to_classification", typeof(Classification)),
        ("reports", "channel", typeof(ReportChannel)),
        ("reports", "classification", typeof(Classification)),
        ("reports", "reporter_category", typeof(ReporterCategory)),
        ("reports", "concern_categories", typeof(ConcernCategory[])),
        ("reports", "status", typeof(ReportStatus)),
    ];

    // The access log's own enums as they were then; the log has moved to the building blocks since.
    private enum AccessAction
    {
        Create,
        Read,
        Update,
        List,
    }

    private enum AccessedRecord
    {
        Report,
        Child,
    }

    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.RespellEnums(EnumColumns, toKebabCase: true);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.RespellEnums(EnumColumns, toKebabCase: false);
}
