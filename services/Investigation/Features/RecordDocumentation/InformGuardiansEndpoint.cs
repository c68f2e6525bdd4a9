using Investigation.Data;
using Investigation.Features.GetInvestigation;
using Investigation.Features.Shared;
using Platform.BuildingBlocks.Persistence;
using Platform.Rules;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Problems;

namespace Investigation.Features.RecordDocumentation;

/// <summary><c>PUT /api/investigation/investigations/{id}/guardians-informed</c>: when and how the guardians were told that the child is investigated.</summary>
internal static class InformGuardiansEndpoint
{
    public static RouteGroupBuilder MapInformGuardians(this RouteGroupBuilder group)
    {
        group.MapPut("/investigations/{id:guid}/guardians-informed", HandleAsync)
            .DocumentsJsonWrite<GuardiansInformedRequest, InvestigationDetails>(StatusCodes.Status200OK, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> HandleAsync(
        Guid id, HttpRequest http, InvestigationDbContext db, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (investigation, problem) = await InvestigationWork.Cases.LoadOpenForWorkAsync(db, id, user, now, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new ValidationErrors();
        var request = await JsonRequestBody.ReadAsync<GuardiansInformedRequest>(http, errors, cancellationToken);
        if (request is not null)
        {
            new Days(StockholmCalendar.LocalDate(investigation!.OpenedAt), StockholmCalendar.LocalDate(now)).Require(request.InformedOn, "informedOn", errors);
            errors.Require(request.Manner is not null, "manner", "Required: in-person, phone, letter or digital.");
        }

        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        investigation!.InformGuardians(request!.InformedOn!.Value, request.Manner!.Value, user.Name, now);
        return await db.SaveOrConflictAsync(cancellationToken) ?? Results.Ok(investigation.Show(user, now));
    }
}
