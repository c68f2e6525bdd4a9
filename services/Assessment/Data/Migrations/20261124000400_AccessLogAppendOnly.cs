using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.BuildingBlocks.Persistence;

namespace Assessment.Data.Migrations;

[DbContext(typeof(AssessmentDbContext))]
[Migration("20261124000400_AccessLogAppendOnly")]
internal sealed class AccessLogAppendOnly : Migration
{
    // The log is evidence for loggkontroll: the service may add to it, never change or remove it.
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.MakeAppendOnly("access_log", AssessmentServiceCollectionExtensions.ServiceName);
}
