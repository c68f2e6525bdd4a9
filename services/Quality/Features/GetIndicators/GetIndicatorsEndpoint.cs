using Platform.ServiceDefaults.Problems;
using Quality.Data;
using Quality.Features.Shared;

namespace Quality.Features.GetIndicators;

internal static class GetIndicatorsEndpoint
{
    /// <summary>GET /indicators?period=2026-11&amp;unit=…&amp;format=json|csv: every indicator for the period, split by gender and age band.</summary>
    public static RouteGroupBuilder MapGetIndicators(this RouteGroupBuilder group)
    {
        group.MapGet("/indicators", async (HttpRequest request, QualityDbContext db, CancellationToken cancellationToken) =>
            {
                var errors = new ValidationErrors();
                var filter = IndicatorFilter.Read(request, errors);
                var format = request.Query["format"].ToString();
                errors.Require(format is "" or "json" or "csv", "format", "The format is json (the default) or csv.");
                if (filter is null || !errors.IsValid)
                {
                    return errors.ToProblem();
                }

                var answer = await IndicatorFigures.ReadAsync(db, filter, cancellationToken);
                return format == "csv"
                    ? Results.Text(IndicatorsCsv.Write(answer), "text/csv; charset=utf-8")
                    : Results.Ok(answer);
            })
            .WithSummary("Every quality indicator for a month, quarter or year, with numerators, denominators and splits")
            .Produces<IndicatorsAnswer>()
            .ProducesValidationProblem();
        return group;
    }
}
