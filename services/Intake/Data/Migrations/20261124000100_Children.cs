using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Intake.Data.Migrations;

[DbContext(typeof(IntakeDbContext))]
[Migration("20261124000100_Children")]
internal sealed class Children : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
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
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_children", x => x.id));
        migrationBuilder.CreateIndex(
            name: "IX_children_tenant_id_identity_hash",
            table: "children",
            columns: ["tenant_id", "identity_hash"],
            unique: true);
        migrationBuilder.EnableTenantRowSecurity("children");
    }
}
