using Intake.Access;
using Intake.Data;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.AccessLog;
using Platform.ServiceDefaults.Problems;

namespace Intake.Features.GetReport;

/// <summary><c>GET /api/intake/reports/{id}</c>: the whole report, the child's identity only to those allowed to see it.</summary>
internal static class GetReportEndpoint
{
    public static RouteGroupBuilder MapGetReport(this RouteGroupBuilder group)
    {
        group.MapGet("/reports/{id:guid}", HandleAsync)
            .Produces<ReportDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> HandleAsync(
        Guid id,
        IntakeDbContext db,
        ReportDetailsMapper mapper,
        AccessLogWriter log,
        UnitAccess units,
        CancellationToken cancellationToken)
    {
        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return Problems.NotFound("Report");
        }

        if (units.Refusal(report.Unit) is { } refused)
        {
            return refused;
        }

        var child = await db.Children.AsNoTracking().SingleAsync(c => c.Id == report.ChildId, cancellationToken);
        var assessment = await db.ProtectionAssessments.AsNoTracking().SingleOrDefaultAsync(a => a.ReportId == id, cancellationToken);
        var reclassifications = await db.Reclassifications.AsNoTracking()
            .Where(r => r.ReportId == id).OrderBy(r => r.ReclassifiedAt).ToListAsync(cancellationToken);
        var details = await mapper.MapAsync(report, child, assessment, reclassifications, cancellationToken);
        await log.ShownAsync(AccessAction.Read, IntakeAccess.ReportRecord, [id], cancellationToken);
        return Results.Ok(details);
    }
}
