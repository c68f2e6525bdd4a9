using Microsoft.EntityFrameworkCore;
using Placements.Access;
using Placements.Data;
using Placements.Domain.FosterHomes;
using Placements.Domain.Placements;
using Placements.Domain.Settings;
using Placements.Features.Shared;
using Platform.BuildingBlocks.AccessLog;
using Platform.BuildingBlocks.Idempotency;
using Platform.BuildingBlocks.Persistence;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Placements.Features.FosterHomes;

/// <summary>The body of <c>POST /foster-homes</c>: approval, the last criminal-record check, and the consultant company if any.</summary>
internal sealed record RegisterFosterHomeRequest(DateOnly? ApprovedOn, DateOnly? LastRecordCheckOn, string? ConsultantOrganisationNumber, string? Unit);

/// <summary>The body of <c>POST /foster-homes/{id}/record-checks</c>.</summary>
internal sealed record RecordCheckRequest(DateOnly? CheckedOn, bool? Remarks);

/// <summary>A foster home with its checks and the next check's deadline.</summary>
internal sealed record FosterHomeDetails(
    Guid FosterHomeId, string? Unit, string? ConsultantOrganisationNumber, DateOnly ApprovedOn, DateOnly LastRecordCheckOn,
    GetPlacement.DutyView NextRecordCheck, IReadOnlyList<RecordCheckView> Checks);

internal sealed record RecordCheckView(DateOnly CheckedOn, bool Remarks, bool WithinDeadline, string RecordedByName);

/// <summary>
/// The municipality's register of foster homes (<c>/foster-homes</c>) and their yearly criminal-record checks
/// (a municipal rule, foster-home-record-check): registering one, reading it, recording a check.
/// </summary>
internal static class FosterHomeEndpoints
{
    public static RouteGroupBuilder MapFosterHomes(this RouteGroupBuilder group)
    {
        group.MapPost("/foster-homes", RegisterAsync).DocumentsJsonWrite<RegisterFosterHomeRequest, FosterHomeDetails>(StatusCodes.Status201Created).AcceptsIdempotencyKey();
        group.MapGet("/foster-homes/{id:guid}", GetAsync).Produces<FosterHomeDetails>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/foster-homes/{id:guid}/record-checks", RecordCheckAsync)
            .DocumentsJsonWrite<RecordCheckRequest, FosterHomeDetails>(StatusCodes.Status200OK, StatusCodes.Status404NotFound)
            .AcceptsIdempotencyKey();
        return group;
    }

    private static async Task<IResult> RegisterAsync(
        HttpRequest http, PlacementsDbContext db, CurrentUser user, AccessLogWriter log, TimeProvider time, CancellationToken cancellationToken)
    {
        if (PlacementsAccess.RefuseUnlessCaseworker(user) is { } refused)
        {
            return refused;
        }

        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<RegisterFosterHomeRequest>(http, errors, cancellationToken);
        if (request is null)
        {
            return errors.ToProblem();
        }

        var today = StockholmCalendar.LocalDate(now);
        errors.Require(request.ApprovedOn is { } approved && approved <= today, "approvedOn", "Required: the day the home was approved, not later than today.");
        errors.Require(request.LastRecordCheckOn is { } check && check <= today, "lastRecordCheckOn", "Required: the day of the latest criminal-record check, not later than today.");
        var consultant = OrganisationNumber.Normalise(request.ConsultantOrganisationNumber);
        errors.Require(request.ConsultantOrganisationNumber is null || consultant is not null, "consultantOrganisationNumber",
            "Not a valid Swedish organisation number (ten digits, NNNNNN-NNNN, with its check digit).");
        var unit = TextFields.Optional(request.Unit, "unit", errors, 100);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var home = new FosterHome
        {
            Id = Guid.CreateVersion7(now),
            Unit = unit ?? user.Unit,
            ConsultantOrganisationNumber = consultant,
            ApprovedOn = request.ApprovedOn!.Value,
            LastRecordCheckOn = request.LastRecordCheckOn!.Value,
        };
        db.FosterHomes.Add(home);
        log.Add(AccessAction.Write, PlacementsAccess.FosterHomeRecord, home.Id);
        return await db.SaveOrConflictAsync(cancellationToken)
            ?? Results.Created($"/api/placements/foster-homes/{home.Id}", await ShowAsync(db, home, now, cancellationToken));
    }

    private static async Task<IResult> GetAsync(Guid id, PlacementsDbContext db, AccessLogWriter log, TimeProvider time, CancellationToken cancellationToken)
    {
        var home = await db.FosterHomes.Include(h => h.RecordChecks).SingleOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (home is null)
        {
            return Problems.NotFound("The foster home");
        }

        log.Add(AccessAction.Read, PlacementsAccess.FosterHomeRecord, home.Id);
        var shown = await ShowAsync(db, home, time.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Ok(shown);
    }

    private static async Task<IResult> RecordCheckAsync(
        Guid id, HttpRequest http, PlacementsDbContext db, CurrentUser user, AccessLogWriter log, TimeProvider time, CancellationToken cancellationToken)
    {
        var home = await db.FosterHomes.Include(h => h.RecordChecks).SingleOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (home is null)
        {
            return Problems.NotFound("The foster home");
        }

        if (PlacementsAccess.RefuseUnlessCaseworker(user) is { } refused)
        {
            return refused;
        }

        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<RecordCheckRequest>(http, errors, cancellationToken);
        if (request is null)
        {
            return errors.ToProblem();
        }

        errors.Require(request.CheckedOn is { } day && day <= StockholmCalendar.LocalDate(now), "checkedOn", "Required: the day of the check, not later than today.");
        errors.Require(request.Remarks is not null, "remarks", "Required: whether the extract had remarks.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var period = PlacementSettings.RecordCheckPeriod(await db.SettingsAsync(cancellationToken), StockholmCalendar.LocalDate(now));
        db.RecordChecks.Add(home.RecordCheck(request.CheckedOn!.Value, request.Remarks!.Value, user.AsRecorder(), period, now));
        log.Add(AccessAction.Write, PlacementsAccess.FosterHomeRecord, home.Id);
        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(await ShowAsync(db, home, now, cancellationToken));
    }

    private static async Task<FosterHomeDetails> ShowAsync(PlacementsDbContext db, FosterHome home, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var period = PlacementSettings.RecordCheckPeriod(await db.SettingsAsync(cancellationToken), StockholmCalendar.LocalDate(now));
        return new FosterHomeDetails(
            home.Id, home.Unit, home.ConsultantOrganisationNumber, home.ApprovedOn, home.LastRecordCheckOn,
            home.RecordCheckDuty(period).View(now),
            [.. home.RecordChecks.OrderBy(c => c.CheckedOn).Select(c => new RecordCheckView(c.CheckedOn, c.Remarks, StockholmCalendar.StartOf(c.CheckedOn) < c.DueAt, c.RecordedByName))]);
    }
}
