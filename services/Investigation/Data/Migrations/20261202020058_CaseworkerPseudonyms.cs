using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Investigation.Data.Migrations;

/// <summary>Each caseworker's pseudonym in events, per municipality, under row-level security by tenant.</summary>
internal sealed partial class CaseworkerPseudonyms : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "caseworker_pseudonyms",
            columns: table => new
            {
                tenant_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                user_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                pseudonym = table.Column<Guid>(type: "uuid", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_caseworker_pseudonyms", x => new { x.tenant_id, x.user_id }));

        migrationBuilder.CreateIndex(
            name: "IX_caseworker_pseudonyms_pseudonym",
            table: "caseworker_pseudonyms",
            column: "pseudonym",
            unique: true);

        migrationBuilder.EnableTenantRowSecurity("caseworker_pseudonyms");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "caseworker_pseudonyms");
}
