using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Problems;
using Quality.Data;
using Quality.Domain.Indicators;
using Quality.Features.Shared;

namespace Quality.Features.GetIndicators;

/// <summary>
/// Every indicator for a period from the aggregates alone: flows sum the period's months; a stock, and a share at
/// the period's end (numerator and denominator alike), sums every start and end up to the period's last month.
/// Whole calendar years are read from the yearly aggregates and the months at either end from the monthly ones, so
/// a five-year answer reads five rows per split, never cases.
/// </summary>
internal static class IndicatorFigures
{
    private static readonly string[] Genders = ["female", "male", "unknown"];

    public static async Task<IndicatorsAnswer> ReadAsync(QualityDbContext db, IndicatorFilter filter, CancellationToken cancellationToken)
    {
        var stockSeries = IndicatorCatalogue.All.Where(i => i.IsBalance).SelectMany(i => new[] { i.Series, i.EndSeries! }).ToArray();
        var period = MonthSpan.Between(filter.Period.FirstMonth, filter.Period.LastMonth);
        var history = MonthSpan.UpTo(filter.Period.LastMonth);
        var unit = filter.Unit;

        // The period's rows for every indicator, and the whole history's for the balances: an indicator that is both a
        // flow and a balance's start series reads its rows under each, split differently into years and months.
        IQueryable<SummedRow> Read(MonthSpan span, bool wholeHistory)
        {
            var years = db.YearAggregates.AsNoTracking()
                .Where(a => a.Month >= span.FirstYear && a.Month <= span.LastYear && (unit == null || a.Unit == unit))
                .Where(a => !wholeHistory || stockSeries.Contains(a.Indicator))
                .Select(a => new SummedRow { Indicator = a.Indicator, WholeHistory = wholeHistory, Category = a.Category, Gender = a.Gender, AgeBand = a.AgeBand, Numerator = a.Numerator, Denominator = a.Denominator });
            var months = db.Aggregates.AsNoTracking()
                .Where(a => span.Months.Contains(a.Month) && (unit == null || a.Unit == unit))
                .Where(a => !wholeHistory || stockSeries.Contains(a.Indicator))
                .Select(a => new SummedRow { Indicator = a.Indicator, WholeHistory = wholeHistory, Category = a.Category, Gender = a.Gender, AgeBand = a.AgeBand, Numerator = a.Numerator, Denominator = a.Denominator });
            return years.Concat(months);
        }

        var rows = await Read(period, false).Concat(Read(history, true))
            .GroupBy(a => new { a.Indicator, a.WholeHistory, a.Category, a.Gender, a.AgeBand })
            .Select(g => new { g.Key.Indicator, g.Key.WholeHistory, g.Key.Category, g.Key.Gender, g.Key.AgeBand, Numerator = g.Sum(a => a.Numerator), Denominator = g.Sum(a => a.Denominator) })
            .ToListAsync(cancellationToken);

        List<IndicatorCell> Cells(string indicator, bool wholeHistory) =>
        [
            .. rows.Where(r => r.Indicator == indicator && r.WholeHistory == wholeHistory)
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

    private sealed class SummedRow
    {
        public required string Indicator { get; init; }

        public required bool WholeHistory { get; init; }

        public required string Category { get; init; }

        public required string Gender { get; init; }

        public required string AgeBand { get; init; }

        public required long Numerator { get; init; }

        public required long Denominator { get; init; }
    }
}
