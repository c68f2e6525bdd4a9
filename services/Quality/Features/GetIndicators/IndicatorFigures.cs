using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Problems;
using Quality.Data;
using Quality.Domain.Indicators;
using Quality.Features.Shared;

namespace Quality.Features.GetIndicators;

/// <summary>
/// Every indicator for a period from the aggregates alone: flows sum the period's months; a stock, and a share at
/// the period's end (numerator and denominator alike), sums every start and end up to the period's last month
/// (aggregate rows, one per month and split, never cases).
/// </summary>
internal static class IndicatorFigures
{
    private static readonly string[] Genders = ["female", "male", "unknown"];

    public static async Task<IndicatorsAnswer> ReadAsync(QualityDbContext db, IndicatorFilter filter, CancellationToken cancellationToken)
    {
        var (first, last) = (filter.Period.FirstMonth, filter.Period.LastMonth);
        var stockSeries = IndicatorCatalogue.All.Where(i => i.IsBalance).SelectMany(i => new[] { i.Series, i.EndSeries! }).ToArray();
        var rows = await db.Aggregates.AsNoTracking()
            .Where(a => a.Month <= last && (a.Month >= first || stockSeries.Contains(a.Indicator)))
            .Where(a => filter.Unit == null || a.Unit == filter.Unit)
            .GroupBy(a => new { a.Indicator, a.Category, a.Gender, a.AgeBand, InPeriod = a.Month >= first })
            .Select(g => new { g.Key.Indicator, g.Key.InPeriod, g.Key.Category, g.Key.Gender, g.Key.AgeBand, Numerator = g.Sum(a => a.Numerator), Denominator = g.Sum(a => a.Denominator) })
            .ToListAsync(cancellationToken);

        List<IndicatorCell> Cells(string indicator, bool wholeHistory) =>
        [
            .. rows.Where(r => r.Indicator == indicator && (wholeHistory || r.InPeriod))
                .Select(r => new IndicatorCell(r.Category, r.Gender, r.AgeBand, r.Numerator, r.Denominator)),
        ];

        var figures = IndicatorCatalogue.All.Select(definition => definition.IsBalance
            ? Figure(definition, Balance(Cells(definition.Series, true), Cells(definition.EndSeries!, true)), definition.Kind == IndicatorKind.Stock ? Cells(definition.Series, true).Count > 0 : null)
            : Figure(definition, Cells(definition.Id, false), null));
        return new IndicatorsAnswer(filter.Period.Label, filter.Period.Kind, filter.Period.From, filter.Period.To, filter.Unit, [.. figures]);
    }

    private static List<IndicatorCell> Balance(List<IndicatorCell> starts, List<IndicatorCell> ends) =>
    [
        .. starts.Concat(ends.Select(e => e with { Numerator = -e.Numerator, Denominator = -e.Denominator }))
            .GroupBy(c => (c.Category, c.Gender, c.AgeBand))
            .Select(g => new IndicatorCell(g.Key.Category, g.Key.Gender, g.Key.AgeBand, g.Sum(c => c.Numerator), g.Sum(c => c.Denominator))),
    ];

    private static IndicatorFigure Figure(IndicatorDefinition definition, List<IndicatorCell> cells, bool? hasData)
    {
        var noData = !(hasData ?? (definition.HasDenominator ? cells.Sum(c => c.Denominator) > 0 : cells.Count > 0));
        FigureSplit Split(string key, IEnumerable<IndicatorCell> part)
        {
            var list = part.ToList();
            var (numerator, denominator) = (list.Sum(c => c.Numerator), list.Sum(c => c.Denominator));
            return noData
                ? new FigureSplit(key, null, null, null)
                : new FigureSplit(key, numerator, definition.HasDenominator ? denominator : null, Value(definition.Kind, numerator, denominator));
        }

        var total = Split("total", cells);
        var categories = cells.Select(c => c.Category).Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal);
        return new IndicatorFigure(
            definition.Id,
            KebabEnum.Name(definition.Kind),
            definition.Description,
            noData,
            total.Numerator,
            total.Denominator,
            total.Value,
            [.. Genders.Select(g => Split(g, cells.Where(c => c.Gender == g)))],
            [.. AgeBands.All.Select(b => Split(b, cells.Where(c => c.AgeBand == b)))],
            [.. Genders.SelectMany(g => AgeBands.All.Select(b => Split($"{g}/{b}", cells.Where(c => c.Gender == g && c.AgeBand == b))))],
            [.. categories.Select(k => Split(k, cells.Where(c => c.Category == k)))]);
    }

    private static decimal? Value(IndicatorKind kind, long numerator, long denominator) => kind switch
    {
        IndicatorKind.Count or IndicatorKind.Stock => numerator,
        _ when denominator == 0 => null,
        IndicatorKind.Share or IndicatorKind.ShareAtEnd => Math.Round((decimal)numerator / denominator, 4),
        _ => Math.Round((decimal)numerator / denominator, 1),
    };
}
