using Intake.Data;
using Intake.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

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
        Guid id,
        HttpRequest http,
        IntakeDbContext db,
        ReclassificationRecorder recorder,
        ReportWork work,
        CancellationToken cancellationToken)
    {
        var (report, problem) = await work.LoadAsync(id, "reclassify a report", cancellationToken);
        if (report is null)
        {
            return problem!;
        }

        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<ReclassifyReportRequest>(http, errors, cancellationToken);
        var to = request is null ? null : ReclassifyReportValidation.Validate(request, report.Classification, errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var assessed = await db.ProtectionAssessments.AnyAsync(a => a.ReportId == id, cancellationToken);
        try
        {
            return Results.Ok(await recorder.RecordAsync(report, to!.Value, request!.Reason!.Trim(), assessed, cancellationToken));
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("The report changed at the same time (an assessment or reclassification was recorded); reload it.");
        }
    }
}
