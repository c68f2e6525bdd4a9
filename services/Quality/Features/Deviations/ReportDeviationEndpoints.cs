using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Idempotency;
using Platform.BuildingBlocks.Persistence;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;
using Quality.Access;
using Quality.Data;
using Quality.Domain.Deviations;

namespace Quality.Features.Deviations;

internal static class ReportDeviationEndpoints
{
    /// <summary>POST /deviations (anyone of the municipality's staff), GET /deviations and GET /deviations/{id}.</summary>
    public static RouteGroupBuilder MapReportDeviation(this RouteGroupBuilder group)
    {
        group.MapPost("/deviations", ReportAsync)
            .DocumentsJsonWrite<ReportDeviationRequest, DeviationView>(StatusCodes.Status201Created)
            .AcceptsIdempotencyKey();
        group.MapGet("/deviations", ListAsync)
            .WithSummary("The municipality's deviations, open first; ?serious=true for the head of department's")
            .Produces<List<DeviationView>>();
        group.MapGet("/deviations/{id:guid}", GetAsync)
            .WithSummary("One deviation, for its reporter and those who oversee deviations")
            .Produces<DeviationView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> ReportAsync(HttpRequest http, QualityDbContext db, CurrentUser user, AccessLogWriter log, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<ReportDeviationRequest>(http, errors, cancellationToken);
        if (request is null || DeviationValidation.Validate(request, errors) is not { } valid)
        {
            return errors.ToProblem();
        }

        var now = time.GetUtcNow();
        var deviation = Deviation.Report(Guid.CreateVersion7(now), DeviationSource.Reported, request.CaseId, request.Unit ?? user.Unit,
            user.Id, user.Role, valid.Description, valid.Probability, valid.Severity, now);
        db.Deviations.Add(deviation);
        log.Add(AccessAction.Write, DeviationAccess.DeviationRecord, deviation.Id);
        return await db.SaveOrConflictAsync(cancellationToken)
            ?? Results.Created($"/api/quality/deviations/{deviation.Id}", DeviationView.Of(deviation, now));
    }

    private static async Task<IResult> ListAsync(bool? serious, QualityDbContext db, CurrentUser user, AccessLogWriter log, TimeProvider time, CancellationToken cancellationToken)
    {
        if (DeviationAccess.RefuseUnlessOverseer(user) is { } refused)
        {
            return refused;
        }

        var query = db.Deviations.AsNoTracking();
        if (serious == true)
        {
            query = query.Where(d => d.Probability * d.Severity > Deviation.SeriousAbove);
        }

        var deviations = await query.OrderBy(d => d.Status).ThenBy(d => d.InvestigationDueAt).ToListAsync(cancellationToken);
        await log.ShownAsync(AccessAction.List, DeviationAccess.DeviationRecord, deviations.Select(d => d.Id), cancellationToken);
        var now = time.GetUtcNow();
        return Results.Ok(deviations.Select(d => DeviationView.Of(d, now)).ToList());
    }

    private static async Task<IResult> GetAsync(Guid id, QualityDbContext db, CurrentUser user, AccessLogWriter log, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.Deviations.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } deviation)
        {
            return Problems.NotFound("deviation");
        }

        if (DeviationAccess.RefuseUnlessMayRead(user, deviation) is { } refused)
        {
            return refused;
        }

        await log.ShownAsync(AccessAction.Read, DeviationAccess.DeviationRecord, [deviation.Id], cancellationToken);
        return Results.Ok(DeviationView.Of(deviation, time.GetUtcNow()));
    }
}
