using Assessment.Access;
using Assessment.Data;
using Assessment.Domain.Delegation;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.DelegationOrder;

/// <summary>
/// <c>GET/PUT /api/assessment/delegation-order</c> and <c>GET .../delegation-order/history</c>: the
/// municipality's delegation order. Every change is a new version with who and when; none is overwritten.
/// </summary>
internal static class DelegationOrderEndpoints
{
    public static RouteGroupBuilder MapDelegationOrder(this RouteGroupBuilder group)
    {
        group.MapGet("/delegation-order", CurrentAsync).Produces<DelegationOrderResponse>();
        group.MapGet("/delegation-order/history", HistoryAsync).Produces<IEnumerable<DelegationOrderResponse>>();
        group.MapPut("/delegation-order", ReplaceAsync)
            .DocumentsJsonWrite<ReplaceDelegationOrderRequest, DelegationOrderResponse>(StatusCodes.Status200OK, StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> CurrentAsync(AssessmentDbContext db, CancellationToken cancellationToken) =>
        Results.Ok(await db.CurrentDelegationOrderAsync(cancellationToken) is { } current
            ? DelegationOrderResponse.From(current)
            : DelegationOrderResponse.Default);

    private static async Task<IResult> HistoryAsync(AssessmentDbContext db, CancellationToken cancellationToken)
    {
        var versions = await db.DelegationOrders.OrderBy(o => o.Version).ToListAsync(cancellationToken);
        return Results.Ok(versions.Select(DelegationOrderResponse.From).Prepend(DelegationOrderResponse.Default));
    }

    private static async Task<IResult> ReplaceAsync(
        HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        if (AssessmentAccess.RefuseUnlessHeadOfDepartment(user) is { } refused)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<ReplaceDelegationOrderRequest>(http, errors, cancellationToken);
        if ((request is null ? null : DelegationOrderValidation.Validate(request, errors)) is not { } order)
        {
            return errors.ToProblem();
        }

        var current = await db.CurrentDelegationOrderAsync(cancellationToken);
        var version = new DelegationOrderVersion
        {
            Id = Guid.CreateVersion7(),
            Version = (current?.Version ?? 0) + 1,
            Grants = DelegationOrderJson.Serialize(order),
            ChangedAt = time.GetUtcNow(),
            ChangedById = user.Id,
            ChangedByName = user.Name,
            ChangedByRole = user.Role,
        };
        db.DelegationOrders.Add(version);
        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(DelegationOrderResponse.From(version));
    }
}
