using Assessment.Access;
using Assessment.Data;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Delegation;
using Platform.BuildingBlocks.Idempotency;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Assessment.Features.SubDelegations;

/// <summary>The body of <c>PUT /api/assessment/sub-delegations/{id}/committee-report</c>.</summary>
internal sealed record CommitteeReportRequest(DateOnly? ReportedOn);

/// <summary>
/// <c>/api/assessment/sub-delegations</c>: written sub-delegations (vidaredelegering) by the head of
/// department, of a decision the delegation order lets them pass on, to an employee. One is in force only
/// within its period and once reported to the committee.
/// </summary>
internal static class SubDelegationEndpoints
{
    public static RouteGroupBuilder MapSubDelegations(this RouteGroupBuilder group)
    {
        group.MapGet("/sub-delegations", ListAsync).Produces<IEnumerable<SubDelegationResponse>>();
        group.MapPost("/sub-delegations", CreateAsync)
            .DocumentsJsonWrite<CreateSubDelegationRequest, SubDelegationResponse>(StatusCodes.Status201Created, StatusCodes.Status409Conflict)
            .AcceptsIdempotencyKey();
        group.MapPut("/sub-delegations/{id:guid}/committee-report", ReportToCommitteeAsync)
            .DocumentsJsonWrite<CommitteeReportRequest, SubDelegationResponse>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        group.MapPost("/sub-delegations/{id:guid}/revocation", RevokeAsync)
            .Produces<SubDelegationResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AcceptsIdempotencyKey();
        return group;
    }

    private static async Task<IResult> ListAsync(AssessmentDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var all = await db.SubDelegations.OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        return Results.Ok(all.Select(s => SubDelegationResponse.From(s, now)));
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        if (AssessmentAccess.RefuseUnlessHeadOfDepartment(user) is { } refused)
        {
            return refused;
        }

        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<CreateSubDelegationRequest>(http, errors, cancellationToken);
        if ((request is null ? null : SubDelegationValidation.Validate(request, StockholmCalendar.LocalDate(now), errors)) is not { } created)
        {
            return errors.ToProblem();
        }

        // Only what the committee let the head of department pass on, in the order in force when they decided (KL 7 kap 6 §).
        var order = await db.DelegationOrderInForceAsync(created.DecidedOn, cancellationToken);
        if (order is null || !DelegationOrderJson.Deserialize(order.Grants).AllowsSubDelegation(created.Decision))
        {
            return Problems.Conflict(
                $"The delegation order in force on {created.DecidedOn:yyyy-MM-dd} does not let the head of department sub-delegate {DecisionNames.Name(created.Decision)} " +
                $"({RuleCatalogue.Provision(LegalProvisionIds.SubDelegation, created.DecidedOn).Display}).");
        }

        created.Id = Guid.CreateVersion7(now);
        created.TenantId = db.CurrentTenantId!;
        created.Record(user.Id, user.Name, now);
        db.SubDelegations.Add(created);
        db.AddEvent(DelegationEvents.Recorded(created, now));
        return await db.SaveOrConflictAsync(cancellationToken)
            ?? Results.Created($"/api/assessment/sub-delegations/{created.Id}", SubDelegationResponse.From(created, now));
    }

    private static async Task<IResult> ReportToCommitteeAsync(
        Guid id, HttpRequest http, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<CommitteeReportRequest>(http, errors, cancellationToken);
        errors.Require(request is null || request.ReportedOn <= StockholmCalendar.LocalDate(now), "reportedOn", "Required: yyyy-MM-dd, not in the future.");
        return await ChangeAsync(id, db, user, now, errors, s =>
        {
            s.ReportedToCommitteeOn = request!.ReportedOn;
            (s.CommitteeReportRecordedAt, s.CommitteeReportRecordedByName) = (now, user.Name);
        }, cancellationToken);
    }

    private static Task<IResult> RevokeAsync(Guid id, AssessmentDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return ChangeAsync(id, db, user, now, new ValidationErrors(), s => (s.RevokedAt, s.RevokedByName) = (now, user.Name), cancellationToken);
    }

    private static async Task<IResult> ChangeAsync(
        Guid id, AssessmentDbContext db, CurrentUser user, DateTimeOffset now, ValidationErrors errors,
        Action<SubDelegation> change, CancellationToken cancellationToken)
    {
        if (AssessmentAccess.RefuseUnlessHeadOfDepartment(user) is { } refused)
        {
            return refused;
        }

        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var subDelegation = await db.SubDelegations.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subDelegation is null)
        {
            return Problems.NotFound("Sub-delegation");
        }

        if (subDelegation.RevokedAt is not null)
        {
            return Problems.Conflict("The sub-delegation is revoked.");
        }

        change(subDelegation);
        db.AddEvent(DelegationEvents.Recorded(subDelegation, now));
        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(SubDelegationResponse.From(subDelegation, now));
    }
}
