using Intake.Access;
using Intake.Data;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Authorization;
using Platform.Contracts;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
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
        CurrentUser user,
        UnitAccess units,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!user.IsQualified)
        {
            return Problems.Forbidden(AccessRules.QualifiedStaff,
                $"Only staff with a social-work degree or equivalent may reclassify a report ({RuleCatalogue.Provision(LegalProvisionIds.QualifiedStaff, StockholmCalendar.LocalDate(time.GetUtcNow())).Display}).");
        }

        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return Problems.NotFound("Report");
        }

        if (units.Refusal(report.Unit) is { } refused)
        {
            return refused;
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
