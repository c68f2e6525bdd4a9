using Investigation.Access;
using Investigation.Data;
using Investigation.Domain.Interventions;
using Investigation.Features.GetInvestigation;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Idempotency;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Investigation;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Investigation.Features.TrackInterventions;

/// <summary>
/// Tracks a decided intervention to its execution (16 kap. 6 f § SoL): open care is recorded as started
/// here (a placement starts when the placement service says so), any intervention may end without being
/// carried out, and a delayed one may say why. Each is for a qualified caseworker or manager; 409 once
/// the intervention has started or ended.
/// </summary>
internal static class TrackInterventionsEndpoints
{
    private const string Path = "/investigations/{id:guid}/interventions/{interventionId:guid}";

    public static RouteGroupBuilder MapTrackInterventions(this RouteGroupBuilder group)
    {
        group.MapPost(Path + "/started", StartedAsync)
            .DocumentsJsonWrite<StartedRequest, InterventionDetails>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .AcceptsIdempotencyKey();
        group.MapPost(Path + "/ended-unexecuted", EndedAsync)
            .DocumentsJsonWrite<EndedUnexecutedRequest, InterventionDetails>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .AcceptsIdempotencyKey();
        group.MapPut(Path + "/delay-reason", DelayReasonAsync)
            .DocumentsJsonWrite<DelayReasonRequest, InterventionDetails>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return group;
    }

    private static Task<IResult> StartedAsync(
        Guid id, Guid interventionId, HttpRequest http, InvestigationDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync<StartedRequest>(id, interventionId, http, db, user, time, cancellationToken, (request, intervention, today, errors) =>
        {
            errors.Require(intervention.Kind == InterventionKind.OpenCare, "startedOn", "A placement starts when the placement service reports it (PlacementStarted).");
            Day(request.StartedOn, "startedOn", intervention, today, errors);
            return errors.IsValid
                ? now =>
                {
                    intervention.Start(request.StartedOn!.Value, request.DelayReason, user.Name, now);
                    db.AddEvent(InterventionEvents.Started(intervention, now));
                }
                : null;
        });

    private static Task<IResult> EndedAsync(
        Guid id, Guid interventionId, HttpRequest http, InvestigationDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync<EndedUnexecutedRequest>(id, interventionId, http, db, user, time, cancellationToken, (request, intervention, today, errors) =>
        {
            Day(request.EndedOn, "endedOn", intervention, today, errors);
            errors.Require(request.Reason is not null, "reason", "Required: " + KebabEnum.Names<UnexecutedReason>() + ".");
            return errors.IsValid
                ? now =>
                {
                    intervention.EndUnexecuted(request.EndedOn!.Value, request.Reason!.Value, user.Name, now);
                    db.AddEvent(InterventionEvents.EndedUnexecuted(intervention, now));
                }
                : null;
        });

    private static Task<IResult> DelayReasonAsync(
        Guid id, Guid interventionId, HttpRequest http, InvestigationDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync<DelayReasonRequest>(id, interventionId, http, db, user, time, cancellationToken, (request, intervention, _, errors) =>
        {
            errors.Require(request.Reason is not null, "reason", "Required: " + KebabEnum.Names<UnexecutedReason>() + ".");
            return errors.IsValid ? _ => intervention.RecordDelayReason(request.Reason!.Value) : null;
        });

    private static void Day(DateOnly? day, string field, Intervention intervention, DateOnly today, ValidationErrors errors) =>
        errors.Require(day is { } d && d >= intervention.DecidedOn && d <= today, field,
            $"Required: yyyy-MM-dd, not before the decision ({intervention.DecidedOn:yyyy-MM-dd}) and not in the future.");

    private static async Task<IResult> ChangeAsync<TRequest>(
        Guid id, Guid interventionId, HttpRequest http, InvestigationDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken,
        Func<TRequest, Intervention, DateOnly, ValidationErrors, Action<DateTimeOffset>?> validate)
        where TRequest : class
    {
        var now = time.GetUtcNow();
        if (InvestigationAccess.RefuseUnlessQualifiedCaseworker(user, now) is { } refused)
        {
            return refused;
        }

        var intervention = await db.Interventions.FirstOrDefaultAsync(i => i.Id == interventionId && i.InvestigationId == id, cancellationToken);
        if (intervention is null)
        {
            return Problems.NotFound("Intervention");
        }

        if (!intervention.IsAwaitingStart)
        {
            return Problems.Conflict("The intervention has already started or ended; its outcome is recorded once.");
        }

        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<TRequest>(http, errors, cancellationToken);
        var change = request is null ? null : validate(request, intervention, StockholmCalendar.LocalDate(now), errors);
        if (change is null || !errors.IsValid)
        {
            return errors.ToProblem();
        }

        change(now);
        var showTexts = !await db.Investigations.AnyAsync(i => i.Id == id && i.IsProtectedIdentity, cancellationToken) || user.SeesProtectedTexts();
        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(intervention.ToDetails(now, showTexts));
    }
}
