using Intake.Data;
using Intake.Features.Shared;
using Microsoft.EntityFrameworkCore;
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
        Guid id, HttpRequest http, IntakeDbContext db, ProtectionAssessmentRecorder recorder, ReportWork work, TimeProvider time, CancellationToken cancellationToken)
    {
        var (recording, problem) = await work.ReadAsync<RecordProtectionAssessmentRequest, DateTimeOffset>(
            id, "make the immediate protection assessment", http,
            (request, report, errors) => RecordProtectionAssessmentValidation.Validate(request, report.ReceivedAt, time.GetUtcNow(), errors), cancellationToken);
        if (recording is not { Report: var report, Request: var request, Valid: var assessedAt })
        {
            return problem!;
        }

        if (report.Classification != Classification.Anmalan || report.ProtectionAssessmentDueAt is null)
        {
            return Problems.Conflict("Only an anmälan has an immediate protection assessment; this report is classified otherwise.");
        }

        if (await db.ProtectionAssessments.AnyAsync(a => a.ReportId == id, cancellationToken))
        {
            return Problems.Conflict("The immediate protection assessment of this report is already recorded.");
        }

        return await ReportWork.OrConflictAsync(async () =>
            Results.Created($"/api/intake/reports/{id}", await recorder.RecordAsync(report, request, assessedAt, cancellationToken)));
    }
}
