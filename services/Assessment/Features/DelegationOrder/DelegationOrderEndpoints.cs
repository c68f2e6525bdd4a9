using Assessment.Access;
using Assessment.Data;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Delegation;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.DelegationOrder;

/// <summary>
/// <c>GET/PUT /api/assessment/delegation-order</c> and <c>GET .../delegation-order/history</c>: the
/// municipality's own delegation order, as its committee decided it. The platform ships none: until one
/// is recorded, <c>GET</c> is a 404 and no delegated decision can be taken. Every change is a new version
/// with the committee's decision, the day it applies from, and who entered it when; none is overwritten.
/// </summary>
internal static class DelegationOrderEndpoints
{
    public static RouteGroupBuilder MapDelegationOrder(this RouteGroupBuilder group)
    {
        group.MapGet("/delegation-order", CurrentAsync).Produces<DelegationOrderResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/delegation-order/history", HistoryAsync).Produces<IEnumerable<DelegationOrderResponse>>();
        group.MapPut("/delegation-order", ReplaceAsync)
            .DocumentsJsonWrite<ReplaceDelegationOrderRequest, DelegationOrderResponse>(StatusCodes.Status200OK, StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> CurrentAsync(AssessmentDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var today = StockholmCalendar.LocalDate(time.GetUtcNow());
        return await db.DelegationOrderInForceAsync(today, cancellationToken) is { } current
            ? Results.Ok(DelegationOrderResponse.From(current, today))
            : Problems.NotFound($"A delegation order in force today (the committee's, {RuleCatalogue.Provision(LegalProvisionIds.DelegationOrder, today).Display})");
    }

    private static async Task<IResult> HistoryAsync(AssessmentDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var today = StockholmCalendar.LocalDate(time.GetUtcNow());
        var versions = await db.DelegationOrders.OrderBy(o => o.Version).ToListAsync(cancellationToken);
        return Results.Ok(versions.Select(v => DelegationOrderResponse.From(v, today)));
    }

    private static async Task<IResult> ReplaceAsync(
        HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        if (AssessmentAccess.RefuseUnlessCommitteeSecretary(user, "the delegation order") is { } refused)
        {
            return refused;
        }

        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<ReplaceDelegationOrderRequest>(http, errors, cancellationToken);
        if ((request is null ? null : DelegationOrderValidation.Validate(request, StockholmCalendar.LocalDate(now), errors)) is not { } order)
        {
            return errors.ToProblem();
        }

        var version = new DelegationOrderVersion
        {
            Id = Guid.CreateVersion7(now),
            TenantId = db.CurrentTenantId!,
            Version = await db.LatestDelegationOrderVersionAsync(cancellationToken) + 1,
            Grants = DelegationOrderJson.Serialize(order.Order),
            CommitteeDecidedOn = order.CommitteeDecidedOn,
            ProtocolParagraph = order.ProtocolParagraph,
            AppliesFrom = order.AppliesFrom,
            ChangedAt = now,
            ChangedById = user.Id,
            ChangedByName = user.Name,
            ChangedByRole = user.Role,
        };
        db.DelegationOrders.Add(version);
        db.AddEvent(DelegationEvents.Recorded(version, now));
        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(DelegationOrderResponse.From(version, StockholmCalendar.LocalDate(now)));
    }
}
