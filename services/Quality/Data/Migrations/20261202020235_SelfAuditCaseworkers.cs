using Microsoft.EntityFrameworkCore.Migrations;

namespace Quality.Data.Migrations;

/// <summary>
/// The self-audit spreads its sample over caseworkers (their pseudonyms, from <c>InvestigationConcluded</c>), and the
/// checklist judges the protection assessment by its statutory deadline as intake did. Samples drawn before keep an
/// empty caseworker list: their cases count as the unknown caseworker's.
/// </summary>
internal sealed partial class SelfAuditCaseworkers : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<List<string>>(
            name: "population_caseworkers",
            table: "self_audit_samples",
            type: "text[]",
            nullable: false,
            defaultValueSql: "'{}'");

        migrationBuilder.AddColumn<Guid>(
            name: "documenting_caseworker",
            table: "self_audit_investigations",
            type: "uuid",
            nullable: true);

        migrationBuilder.AddColumn<bool>(
            name: "protection_assessed_in_time",
            table: "report_facts",
            type: "boolean",
            nullable: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "population_caseworkers", table: "self_audit_samples");
        migrationBuilder.DropColumn(name: "documenting_caseworker", table: "self_audit_investigations");
        migrationBuilder.DropColumn(name: "protection_assessed_in_time", table: "report_facts");
    }
}
