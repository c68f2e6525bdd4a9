using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Messaging;

namespace Placements.Data.Migrations;

[DbContext(typeof(PlacementsDbContext))]
[Migration("20261124000000_Initial")]
internal sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateOutboxAndInbox();
}
