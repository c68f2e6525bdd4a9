using Microsoft.EntityFrameworkCore;
using Quality.Data;
using Quality.Domain.Indicators;
using Quality.Features.Shared;

namespace Quality.Features.ListIndicatorCases;

/// <summary>
/// The cases behind a share at the period's end: those still holding the duty then (denominator 1), with whether
/// it was overdue (numerator 1), from every start and end up to the period's last month; the month is the last
/// one that changed the case's state by then.
/// </summary>
internal static class CasesAtEnd
{
    public static Task<List<IndicatorCase>> ListAsync(QualityDbContext db, IndicatorDefinition definition, IndicatorFilter filter, CaseFilter narrowed, CancellationToken cancellationToken)
    {
        var (starts, ends, last) = (definition.Series, definition.EndSeries!, filter.Period.LastMonth);
        return db.Contributions.AsNoTracking()
            .Where(c => (c.Indicator == starts || c.Indicator == ends) && c.Month <= last)
            .Narrowed(filter, narrowed)
            .GroupBy(c => new { c.CaseId, c.Unit, c.Gender, c.AgeBand, c.Category })
            .Select(g => new
            {
                g.Key.CaseId,
                Month = g.Max(c => c.Month),
                g.Key.Unit,
                g.Key.Gender,
                g.Key.AgeBand,
                g.Key.Category,
                Numerator = g.Sum(c => c.Indicator == starts ? c.Numerator : -c.Numerator),
                Denominator = g.Sum(c => c.Indicator == starts ? c.Denominator : -c.Denominator),
            })
            .Where(c => c.Denominator > 0)
            .OrderBy(c => c.Month).ThenBy(c => c.CaseId)
            .Select(c => new IndicatorCase(c.CaseId, c.Month, c.Unit == "" ? null : c.Unit, c.Gender, c.AgeBand, c.Category == "" ? null : c.Category, c.Numerator, c.Denominator))
            .ToListAsync(cancellationToken);
    }
}
