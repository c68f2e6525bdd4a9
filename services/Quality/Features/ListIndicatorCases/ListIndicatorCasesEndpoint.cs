using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.AccessLog;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Problems;
using Quality.Access;
using Quality.Data;
using Quality.Domain.Indicators;
using Quality.Features.Shared;

namespace Quality.Features.ListIndicatorCases;

internal static class ListIndicatorCasesEndpoint
{
    /// <summary>GET /indicators/{id}/cases?period=…: the case ids behind a figure, each read written to the access log.</summary>
    public static RouteGroupBuilder MapListIndicatorCases(this RouteGroupBuilder group)
    {
        group.MapGet("/indicators/{id}/cases", async (string id, HttpRequest request, CurrentUser user, QualityDbContext db, AccessLogWriter log, CancellationToken cancellationToken) =>
            {
                if (QualityAccess.RefuseUnlessDrillDown(user) is { } refused)
                {
                    return refused;
                }

                if (IndicatorCatalogue.Find(id) is not { } definition)
                {
                    return Problems.NotFound("indicator");
                }

                var errors = new ValidationErrors();
                var filter = IndicatorFilter.Read(request, errors);
                var narrowed = CaseFilter.Read(request, errors);
                if (filter is null || !errors.IsValid)
                {
                    return errors.ToProblem();
                }

                var cases = definition.Kind == IndicatorKind.ShareAtEnd
                    ? await CasesAtEnd.ListAsync(db, definition, filter, narrowed, cancellationToken)
                    : await CasesAsync(db, definition, filter, narrowed, cancellationToken);
                await log.ShownAsync(AccessAction.List, definition.Subject, cases.Select(c => c.CaseId).Distinct(), cancellationToken);
                return Results.Ok(new IndicatorCases(definition.Id, definition.Subject, filter.Period.Label, cases));
            })
            .WithSummary("The cases behind one indicator's figure for the period")
            .Produces<IndicatorCases>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem();
        return group;
    }

    /// <summary>A flow's cases contributed in the period; a stock's started by its end and not ended by then.</summary>
    private static async Task<List<IndicatorCase>> CasesAsync(QualityDbContext db, IndicatorDefinition definition, IndicatorFilter filter, CaseFilter narrowed, CancellationToken cancellationToken)
    {
        var (first, last) = (filter.Period.FirstMonth, filter.Period.LastMonth);
        var stock = definition.Kind == IndicatorKind.Stock;
        var query = db.Contributions.AsNoTracking()
            .Where(c => c.Indicator == definition.Series && c.Month <= last && (stock || c.Month >= first))
            .Narrowed(filter, narrowed);
        if (stock)
        {
            query = query.Where(c => !db.Contributions.Any(e => e.Subject == c.Subject && e.CaseId == c.CaseId && e.Indicator == definition.EndSeries && e.Month <= last));
        }

        return await query.OrderBy(c => c.Month).ThenBy(c => c.CaseId)
            .Select(c => new IndicatorCase(c.CaseId, c.Month, c.Unit == "" ? null : c.Unit, c.Gender, c.AgeBand, c.Category == "" ? null : c.Category, c.Numerator, c.Denominator))
            .ToListAsync(cancellationToken);
    }
}
