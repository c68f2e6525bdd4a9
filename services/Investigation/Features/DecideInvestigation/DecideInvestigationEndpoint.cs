using Investigation.Data;
using Investigation.Domain.Caseworkers;
using Investigation.Domain.Interventions;
using Investigation.Domain.Investigations;
using Investigation.Features.GetInvestigation;
using Investigation.Features.Shared;
using Platform.BuildingBlocks.Idempotency;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;
using Platform.Contracts.Delegation;
using Platform.Contracts.Investigation;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Investigation.Features.DecideInvestigation;

/// <summary>
/// Concludes the investigation with its decision, in the order a caller can act on: exists (404), open
/// (409), valid (400 naming fields), documentation complete (400 listing every missing part), who may
/// decide (403 naming the rule: <c>committee-decisions</c> for the committee's own decisions,
/// <c>delegation-order:&lt;decision&gt;</c>), and a delegation order in force at all (409).
/// Publishes InvestigationConcluded, InterventionDecided per intervention, PlacementDecided per
/// placement, then InvestigationClosed.
/// </summary>
internal static class DecideInvestigationEndpoint
{
    public static RouteGroupBuilder MapDecideInvestigation(this RouteGroupBuilder group)
    {
        group.MapPost("/investigations/{id:guid}/decision", HandleAsync)
            .DocumentsJsonWrite<DecideInvestigationRequest, InvestigationDetails>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
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

        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<DecideInvestigationRequest>(http, errors, cancellationToken);
        var valid = request is null
            ? null
            : DecideInvestigationValidation.Validate(request, StockholmCalendar.LocalDate(investigation!.OpenedAt), StockholmCalendar.LocalDate(now), errors);
        if (valid is null)
        {
            return errors.ToProblem();
        }

        if (MissingPartsProblem(investigation!) is { } incomplete)
        {
            return incomplete;
        }

        DecisionType[] decisions = valid.Interventions.Count == 0 ? [DecisionType.ConcludeWithoutIntervention] : [.. valid.Interventions.Select(i => i.Decision).Distinct()];
        var (decider, verdict, refused) = await authority.DecideAsync(investigation!, decisions, valid.Committee, committeeMayDecide: true, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var interventions = investigation!.Conclude(valid.Interventions, valid.Reasoning, decider, verdict!, now);
        db.Interventions.AddRange(interventions);
        var caseworker = await CaseworkerPseudonyms.OfAsync(db, DocumentingCaseworker.Of(investigation), cancellationToken);
        db.AddEvent(InvestigationEvents.Concluded(investigation, caseworker));
        foreach (var intervention in interventions)
        {
            db.AddEvent(InterventionEvents.Decided(intervention, decider.Role));
        }

        foreach (var placement in interventions.Where(i => i.Kind == InterventionKind.Placement))
        {
            db.AddEvent(InterventionEvents.PlacementDecided(placement, verdict!.Committee?.MeetingDate));
        }

        db.AddEvent(InvestigationEvents.Closed(investigation));
        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(investigation.Show(user, now));
    }

    /// <summary>400 listing every part the documentation lacks, each by its stable name, both as field errors and as <c>missingParts</c>.</summary>
    private static IResult? MissingPartsProblem(ChildInvestigation investigation)
    {
        var missing = investigation.MissingParts();
        if (missing.Count == 0)
        {
            return null;
        }

        return Results.ValidationProblem(
            missing.ToDictionary(m => m, _ => new[] { "Must be recorded before the investigation is concluded." }),
            title: "The investigation's documentation is incomplete.",
            extensions: new Dictionary<string, object?> { ["missingParts"] = missing });
    }
}
