using Platform.BuildingBlocks.Idempotency;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;
using Quality.Access;
using Quality.Domain.Deviations;

namespace Quality.Features.Deviations;

internal static class HandleDeviationEndpoints
{
    /// <summary>The unit manager's investigation and the outcome told; the Lex Sarah escalation and the report to IVO.</summary>
    public static RouteGroupBuilder MapHandleDeviation(this RouteGroupBuilder group)
    {
        group.MapPut("/deviations/{id:guid}/investigation", InvestigateAsync)
            .DocumentsJsonWrite<InvestigateDeviationRequest, DeviationView>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        group.MapPost("/deviations/{id:guid}/outcome-told", (Guid id, DeviationChanges context, CancellationToken ct) =>
                context.ChangeAsync(id, DeviationAccess.RefuseUnlessResponsibleManager,
                    d => d.InvestigatedAt is null ? "Investigate the deviation (causes, actions, follow-up) before telling its outcome." : null,
                    (d, now) => d.TellOutcome(now), ct))
            .WithSummary("The reporter has been told the outcome").Produces<DeviationView>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .AcceptsIdempotencyKey();
        group.MapPost("/deviations/{id:guid}/lex-sarah", (Guid id, DeviationChanges context, CancellationToken ct) =>
                context.ChangeAsync(id, (user, _) => DeviationAccess.RefuseUnlessLexSarah(user),
                    d => d.LexSarahAt is not null ? "The deviation is already a Lex Sarah matter." : null,
                    (d, now) => d.EscalateToLexSarah(now), ct))
            .WithSummary("Escalates a serious wrong (missförhållande) to a Lex Sarah matter").Produces<DeviationView>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .AcceptsIdempotencyKey();
        group.MapPost("/deviations/{id:guid}/ivo-report", ReportToIvoAsync)
            .DocumentsJsonWrite<IvoReportRequest, DeviationView>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .AcceptsIdempotencyKey();
        return group;
    }

    private static async Task<IResult> InvestigateAsync(Guid id, HttpRequest http, DeviationChanges context, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<InvestigateDeviationRequest>(http, errors, cancellationToken);
        if (request is null || DeviationValidation.Validate(request, errors) is not { } valid)
        {
            return errors.ToProblem();
        }

        return await context.ChangeAsync(id, DeviationAccess.RefuseUnlessResponsibleManager,
            d => d.Status == DeviationStatus.Closed ? "The outcome has been told; the deviation is closed." : null,
            (d, now) => d.Investigate(valid.Causes, valid.Actions, valid.FollowUp, now), cancellationToken);
    }

    private static async Task<IResult> ReportToIvoAsync(Guid id, HttpRequest http, DeviationChanges context, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<IvoReportRequest>(http, errors, cancellationToken);
        errors.Require(request?.ReportedToIvoAt is not null, "reportedToIvoAt", "Give when the matter was reported to IVO.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        return await context.ChangeAsync(id, (user, _) => DeviationAccess.RefuseUnlessLexSarah(user),
            d => d.LexSarahAt is null ? "Escalate the deviation to a Lex Sarah matter before reporting it to IVO." : null,
            (d, _) => d.ReportToIvo(request!.ReportedToIvoAt!.Value.ToUniversalTime()), cancellationToken);
    }
}
