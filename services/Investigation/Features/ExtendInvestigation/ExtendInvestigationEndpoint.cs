using Investigation.Data;
using Investigation.Domain.Investigations;
using Investigation.Features.GetInvestigation;
using Investigation.Features.Shared;
using Platform.BuildingBlocks.Casework;
using Platform.BuildingBlocks.Idempotency;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Delegation;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Investigation.Features.ExtendInvestigation;

/// <summary>
/// Extends the four months by a decision for särskilda skäl, to a stated day, by a delegate the
/// delegation order in force allows (<c>extend-investigation</c>), and only before the deadline in force
/// has passed (409 after). Every extension is kept; the statutory deadline stays beside the extended one.
/// </summary>
internal static class ExtendInvestigationEndpoint
{
    public static RouteGroupBuilder MapExtendInvestigation(this RouteGroupBuilder group)
    {
        group.MapPost("/investigations/{id:guid}/extensions", HandleAsync)
            .DocumentsJsonWrite<ExtendInvestigationRequest, InvestigationDetails>(StatusCodes.Status201Created, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .AcceptsIdempotencyKey();
        return group;
    }

    private static async Task<IResult> HandleAsync(
        Guid id, HttpRequest http, InvestigationDbContext db, CurrentUser user, DecisionAuthority authority, TimeProvider time, CancellationToken cancellationToken)
    {
        var (investigation, problem) = await InvestigationWork.Cases.LoadOpenAsync(db, id, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<ExtendInvestigationRequest>(http, errors, cancellationToken);
        if (request is null || ExtensionValidation.Validate(request.NewDueDate, request.Reason, investigation!.DueAt, errors, " (an extension is for a stated time)") is not { } extension)
        {
            return errors.ToProblem();
        }

        var now = time.GetUtcNow();
        if (!investigation.MayStillBeExtended(now))
        {
            return Problems.Conflict(
                $"The deadline in force ({investigation.Reference().Display}) passed at the end of {StockholmCalendar.LastDayBefore(investigation.DueAt):yyyy-MM-dd}: " +
                "an extension is decided before it passes, never after. A late decision is still taken, and recorded as late.");
        }

        var (decider, verdict, refused) = await authority.DecideAsync(investigation, [DecisionType.ExtendInvestigation], committee: null, committeeMayDecide: false, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var recorded = investigation.Extend(extension.NewDueAt, extension.Reason, decider, verdict!, now);
        db.Extensions.Add(recorded);
        db.AddEvent(InvestigationEvents.Extended(investigation, recorded));
        return await db.SaveOrConflictAsync(cancellationToken)
            ?? Results.Created($"/api/investigation/investigations/{id}", investigation.Show(user, now));
    }
}
