using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Assessment.Data.Migrations;

/// <summary>
/// Assessment learns of investigations from the investigation service's events instead of guessing
/// from a four-month window: the ids recorded so far were assessments', not investigations', so they go.
/// </summary>
public partial class InvestigationsAnnounced : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.RenameColumn(
            name: "ongoing_investigation_assessment_id",
            table: "assessments",
            newName: "ongoing_investigation_id");
        migrationBuilder.SqlAcrossTenants("assessments", "UPDATE assessments SET ongoing_investigation_id = NULL;");

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

        migrationBuilder.CreateIndex(
            name: "ix_ongoing_investigations_child",
            table: "ongoing_investigations",
            columns: new[] { "tenant_id", "child_id" });
        migrationBuilder.EnableTenantRowSecurity("ongoing_investigations");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "ongoing_investigations");

        migrationBuilder.RenameColumn(
            name: "ongoing_investigation_id",
            table: "assessments",
            newName: "ongoing_investigation_assessment_id");
    }
}
