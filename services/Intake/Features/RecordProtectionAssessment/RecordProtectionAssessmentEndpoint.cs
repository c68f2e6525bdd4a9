using Intake.Data;
using Intake.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Intake.Features.RecordProtectionAssessment;

/// <summary><c>POST /api/intake/reports/{id}/protection-assessment</c>: the immediate protection assessment of an anmälan.</summary>
internal static class RecordProtectionAssessmentEndpoint
{
    public static RouteGroupBuilder MapRecordProtectionAssessment(this RouteGroupBuilder group)
    {
        group.MapPost("/reports/{id:guid}/protection-assessment", HandleAsync)
            .DocumentsJsonWrite<RecordProtectionAssessmentRequest, ProtectionAssessmentResponse>(StatusCodes.Status201Created, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> HandleAsync(
        Guid id,
        HttpRequest http,
        IntakeDbContext db,
        ProtectionAssessmentRecorder recorder,
        ReportWork work,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (report, problem) = await work.LoadAsync(id, "make the immediate protection assessment", cancellationToken);
        if (report is null)
        {
            return problem!;
        }

        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<RecordProtectionAssessmentRequest>(http, errors, cancellationToken);
        var assessedAt = request is null ? null : RecordProtectionAssessmentValidation.Validate(request, report.ReceivedAt, time.GetUtcNow(), errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (report.Classification != Classification.Anmalan || report.ProtectionAssessmentDueAt is null)
        {
            return Problems.Conflict("Only an anmälan has an immediate protection assessment; this report is classified otherwise.");
        }

        if (await db.ProtectionAssessments.AnyAsync(a => a.ReportId == id, cancellationToken))
        {
            return Problems.Conflict("The immediate protection assessment of this report is already recorded.");
        }

        try
        {
            var response = await recorder.RecordAsync(report, request!, assessedAt!.Value, cancellationToken);
            return Results.Created($"/api/intake/reports/{id}", response);
        }
        catch (DbUpdateException e) when (e.IsConflict())
        {
            return Problems.Conflict("The report changed at the same time (an assessment or reclassification was recorded); reload it.");
        }
    }
}
