using Microsoft.EntityFrameworkCore.Migrations;

namespace Placements.Data.Migrations;

/// <summary>
/// The first generated migration. The hand-written ones before it already create this schema, so it
/// changes nothing; its model (the Designer file) and the model snapshot are what the next generated
/// migration is compared with (ADR 10).
/// </summary>
internal sealed partial class Baseline : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
    }
}
