using Intake.Data;
using Intake.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.OpenApi;

namespace Intake.Features.ReclassifyReport;

/// <summary><c>POST /api/intake/reports/{id}/reclassification</c>: change a report's class, with a reason.</summary>
internal static class ReclassifyReportEndpoint
{
    public static RouteGroupBuilder MapReclassifyReport(this RouteGroupBuilder group)
    {
        group.MapPost("/reports/{id:guid}/reclassification", HandleAsync)
            .DocumentsJsonWrite<ReclassifyReportRequest, ReclassificationResponse>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> HandleAsync(
        Guid id, HttpRequest http, IntakeDbContext db, ReclassificationRecorder recorder, ReportWork work, CancellationToken cancellationToken)
    {
        var (recording, problem) = await work.ReadAsync<ReclassifyReportRequest, Classification>(
            id, "reclassify a report", http, (request, report, errors) => ReclassifyReportValidation.Validate(request, report.Classification, errors), cancellationToken);
        if (recording is not { Report: var report, Request: var request, Valid: var to })
        {
            return problem!;
        }

        var assessed = await db.ProtectionAssessments.AnyAsync(a => a.ReportId == id, cancellationToken);
        return await ReportWork.OrConflictAsync(async () =>
            Results.Ok(await recorder.RecordAsync(report, to, request.Reason!.Trim(), assessed, cancellationToken)));
    }
}
