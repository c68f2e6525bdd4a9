using System.Text.Json;
using Intake.Access;
using Intake.Data;
using Intake.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Idempotency;
using Platform.BuildingBlocks.Persistence;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Intake.Features.RegisterReport;

/// <summary><c>POST /api/intake/reports</c>: register a report; safe to retry with an Idempotency-Key.</summary>
internal static class RegisterReportEndpoint
{
    // A concurrent registration of the same new child or the same key loses one unique-index race at most.
    private const int Attempts = 3;

    public static RouteGroupBuilder MapRegisterReport(this RouteGroupBuilder group)
    {
        group.MapPost("/reports", HandleAsync)
            .DocumentsJsonWrite<RegisterReportRequest, RegisterReportResponse>(StatusCodes.Status201Created, StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        ReportRegistration registration,
        IdempotencyKeys idempotencyKeys,
        IdentityProtector protector,
        IntakeDbContext db,
        AccessLogWriter log,
        CurrentUser user,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var key = IdempotencyKeyHeader.Read(http.Request, errors);
        var request = await JsonRequestBody.ReadAsync<RegisterReportRequest>(http.Request, errors, cancellationToken);
        var report = request is null ? null : RegisterReportValidation.Validate(request, time.GetUtcNow(), errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        (string Key, byte[] Hash)? idempotency = key is null ? null : (key, protector.RequestHash(user.Tenant.Value, JsonSerializer.Serialize(request)));
        for (var attempt = 1; ; attempt++)
        {
            if (idempotency is { } used && await idempotencyKeys.FindAsync(used.Key, used.Hash, cancellationToken) is { } stored)
            {
                if (!stored.SameRequest)
                {
                    return Problems.Conflict("This Idempotency-Key was already used with a different request.");
                }

                await log.ShownAsync(AccessAction.Read, IntakeAccess.ReportRecord, [stored.Response.ReportId], cancellationToken);
                return Created(stored.Response);
            }

            try
            {
                return Created(await registration.RegisterAsync(report!, idempotency, cancellationToken));
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation() && attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static IResult Created(RegisterReportResponse response) =>
        Results.Created($"/api/intake/reports/{response.ReportId}", response);
}
