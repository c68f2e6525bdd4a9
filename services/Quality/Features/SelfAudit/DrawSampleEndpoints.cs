using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Idempotency;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;
using Quality.Data;
using Quality.Domain.SelfAudit;

namespace Quality.Features.SelfAudit;

internal static class DrawSampleEndpoints
{
    /// <summary>POST /self-audit/samples draws a unit's yearly sample; GET /self-audit/samples/{id} reads one back.</summary>
    public static RouteGroupBuilder MapDrawSample(this RouteGroupBuilder group)
    {
        group.MapPost("/self-audit/samples", DrawAsync)
            .DocumentsJsonWrite<DrawSampleRequest, SampleView>(StatusCodes.Status201Created)
            .AcceptsIdempotencyKey();
        group.MapGet("/self-audit/samples/{id:guid}", GetAsync)
            .WithSummary("A drawn sample with its seed and population")
            .Produces<SampleView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> DrawAsync(
        HttpRequest http, QualityDbContext db, CaseFiles files, CurrentUser user, AccessLogWriter log, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<DrawSampleRequest>(http, errors, cancellationToken);
        if (request is null)
        {
            return errors.ToProblem();
        }

        var unit = request.Unit ?? user.Unit;
        errors.Require(!string.IsNullOrWhiteSpace(unit) && unit.Length <= 100, "unit", "The unit is required (by default the drawer's own) and at most 100 characters.");
        errors.Require(request.Year is >= 2000 and <= 2100, "year", "The year is required, 2000 to 2100.");
        errors.Require(request.Seed is null or >= 0, "seed", "A seed is a non-negative whole number.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (SelfAuditAccess.RefuseUnlessAuditor(user, unit) is { } refused)
        {
            return refused;
        }

        var candidates = await files.CandidatesAsync(await files.OfUnitAsync(unit!, request.Year!.Value, cancellationToken), cancellationToken);
        var seed = request.Seed ?? RandomNumberGenerator.GetInt32(int.MaxValue);
        var now = time.GetUtcNow();
        var sample = new SelfAuditSample
        {
            Id = Guid.CreateVersion7(now), Unit = unit!, Year = request.Year.Value, Seed = seed,
            Population = [.. candidates.Select(c => c.CaseId)], PopulationStrata = [.. candidates.Select(c => c.Stratum)],
            PopulationCaseworkers = [.. candidates.Select(c => c.Caseworker)],
            CaseIds = [.. StratifiedDraw.Draw(candidates, seed, SelfAuditSample.Size)], DrawnAt = now, DrawnBy = user.Id,
        };
        db.SelfAuditSamples.Add(sample);
        // Saves the sample with the log entries of the cases it shows.
        await log.ShownAsync(AccessAction.List, SelfAuditAccess.InvestigationRecord, sample.CaseIds, cancellationToken);
        return Results.Created($"/api/quality/self-audit/samples/{sample.Id}", SampleView.Of(sample));
    }

    private static async Task<IResult> GetAsync(Guid id, QualityDbContext db, CurrentUser user, AccessLogWriter log, CancellationToken cancellationToken)
    {
        if (SelfAuditAccess.RefuseUnlessReader(user) is { } refused)
        {
            return refused;
        }

        if (await db.SelfAuditSamples.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } sample)
        {
            return Problems.NotFound("sample");
        }

        await log.ShownAsync(AccessAction.List, SelfAuditAccess.InvestigationRecord, sample.CaseIds, cancellationToken);
        return Results.Ok(SampleView.Of(sample));
    }
}
